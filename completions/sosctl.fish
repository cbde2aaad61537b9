# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sosctl_global_optspecs
    string join \n C/config= A/use-account= z/zone= endpoint= O/output-format= Q/quiet timeout= retries= trace h/help V/version
end

function __fish_sosctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sosctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sosctl_using_subcommand
    set -l cmd (__fish_sosctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sosctl -n "__fish_sosctl_needs_command" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_needs_command" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_needs_command" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_needs_command" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_needs_command" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_needs_command" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_needs_command" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_needs_command" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_needs_command" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_needs_command" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "list" -d 'List buckets, or objects under sos://BUCKET[/PREFIX]'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "ls" -d 'List buckets, or objects under sos://BUCKET[/PREFIX]'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "mb" -d 'Create a bucket'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "create" -d 'Create a bucket'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "rb" -d 'Delete a bucket'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "show" -d 'Show an object\'s or a bucket\'s details, Replication Status included'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "upload" -d 'Upload files'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "put" -d 'Upload files'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "download" -d 'Download objects'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "get" -d 'Download objects'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "delete" -d 'Delete objects'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "rm" -d 'Delete objects'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "del" -d 'Delete objects'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "purge" -d 'Delete all versions and delete markers under a bucket or prefix'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "presign" -d 'Make a presigned URL for an object'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "setacl" -d 'Set a bucket\'s or objects\' ACL: a canned ACL, or grantees (--read, --write, --full-control, ...)'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "cors" -d 'A bucket\'s CORS configuration: add a rule, delete (reset) the whole configuration'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "move" -d 'Move objects within a bucket or across buckets (server-side copy, then delete)'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "mv" -d 'Move objects within a bucket or across buckets (server-side copy, then delete)'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "metadata" -d 'Add or delete an object\'s user metadata (a copy onto itself: a new version, which replicates)'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "headers" -d 'Add or delete an object\'s HTTP headers (a copy onto itself: a new version, which replicates)'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "bucket" -d 'Bucket settings: versioning, Object Lock, replication'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "b" -d 'Bucket settings: versioning, Object Lock, replication'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "replication" -d 'Offline replication config tools: convert, validate'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "iam" -d 'Offline IAM policy tools: validate a policy, evaluate a request against it'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "serve" -d 'Run the bundled local S3 server (versioning, Object Lock, real asynchronous replication)'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "demo" -d 'Play the product guide\'s two walk-throughs against an embedded server'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "man" -d 'Write man pages (one per subcommand)'
complete -c sosctl -n "__fish_sosctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l only-versions -d 'Only these versions: comma-separated version IDs or numbers (v3); implies --versions' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l exclude-versions -d 'All versions but these: comma-separated version IDs or numbers (v3); implies --versions' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l older-than -d 'Only objects last modified before WHEN: a duration ago (exo\'s Go syntax: 30m, 1h45m, 7d) or an RFC 3339 time (2025-02-20T15:50:12Z)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l older-than-or-equal -d 'Only objects last modified at or before WHEN (as --older-than)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l newer-than -d 'Only objects last modified after WHEN (as --older-than)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l newer-than-or-equal -d 'Only objects last modified at or after WHEN (as --older-than)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l page-size -d 'Keys per listing request (the server\'s maximum is usually 1000); for tests of paging' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -s r -l recursive -d 'List recursively (all keys under the prefix, no directory grouping)'
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l versions -d 'List object versions (version id and vN per row)'
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l delete-markers -d 'With --versions, include delete markers'
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -s s -l stream -d 'Print keys as pages arrive, in constant memory'
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l size -d 'With no bucket: add each bucket\'s size (the sum of its current objects), read by listing every bucket in full'
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand list" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l only-versions -d 'Only these versions: comma-separated version IDs or numbers (v3); implies --versions' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l exclude-versions -d 'All versions but these: comma-separated version IDs or numbers (v3); implies --versions' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l older-than -d 'Only objects last modified before WHEN: a duration ago (exo\'s Go syntax: 30m, 1h45m, 7d) or an RFC 3339 time (2025-02-20T15:50:12Z)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l older-than-or-equal -d 'Only objects last modified at or before WHEN (as --older-than)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l newer-than -d 'Only objects last modified after WHEN (as --older-than)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l newer-than-or-equal -d 'Only objects last modified at or after WHEN (as --older-than)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l page-size -d 'Keys per listing request (the server\'s maximum is usually 1000); for tests of paging' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -s r -l recursive -d 'List recursively (all keys under the prefix, no directory grouping)'
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l versions -d 'List object versions (version id and vN per row)'
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l delete-markers -d 'With --versions, include delete markers'
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -s s -l stream -d 'Print keys as pages arrive, in constant memory'
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l size -d 'With no bucket: add each bucket\'s size (the sum of its current objects), read by listing every bucket in full'
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand ls" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -l acl -d 'Canned ACL (private, public-read, public-read-write, authenticated-read)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -l object-lock -d 'Create the bucket with Object Lock (and so versioning) enabled'
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand mb" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -l acl -d 'Canned ACL (private, public-read, public-read-write, authenticated-read)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -l object-lock -d 'Create the bucket with Object Lock (and so versioning) enabled'
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand create" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -s r -l recursive -d 'Empty the bucket first (all versions and delete markers)'
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -s f -l force -d 'Do not prompt'
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand rb" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -l version-id -d 'Show this version of the object' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -l headers -d 'Also show every raw response header of the object (Raw Headers)'
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand show" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -l acl -d 'Canned ACL for the uploaded objects' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -l concurrency -d 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 512]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -l part-size -d 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -s r -l recursive -d 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)'
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -s n -l dry-run -d 'Show what would be uploaded, upload nothing'
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand upload" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -l acl -d 'Canned ACL for the uploaded objects' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -l concurrency -d 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 512]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -l part-size -d 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -s r -l recursive -d 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)'
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -s n -l dry-run -d 'Show what would be uploaded, upload nothing'
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand put" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -l version-id -d 'Download this version of the object' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -l concurrency -d 'Objects downloaded at once: pinned at N [default: adaptive, up to 512]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s r -l recursive -d 'Download everything under the prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s f -l force -d 'Overwrite existing local files'
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s n -l dry-run -d 'Show what would be downloaded, download nothing'
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand download" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -l version-id -d 'Download this version of the object' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -l concurrency -d 'Objects downloaded at once: pinned at N [default: adaptive, up to 512]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s r -l recursive -d 'Download everything under the prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s f -l force -d 'Overwrite existing local files'
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s n -l dry-run -d 'Show what would be downloaded, download nothing'
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand get" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -l version-id -d 'Permanently delete this version (without it, a versioned bucket gets a delete marker)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s r -l recursive -d 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)'
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s f -l force -d 'Do not prompt'
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s v -l verbose -d 'Print each deleted key'
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand delete" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -l version-id -d 'Permanently delete this version (without it, a versioned bucket gets a delete marker)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s r -l recursive -d 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)'
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s f -l force -d 'Do not prompt'
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s v -l verbose -d 'Print each deleted key'
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand rm" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -l version-id -d 'Permanently delete this version (without it, a versioned bucket gets a delete marker)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s r -l recursive -d 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)'
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s f -l force -d 'Do not prompt'
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s v -l verbose -d 'Print each deleted key'
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand del" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -s f -l force -d 'Do not prompt'
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -s v -l verbose -d 'Print each deleted version'
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand purge" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -s m -l method -d 'HTTP method the URL allows' -r -f -a "get\t''
put\t''"
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -s e -l expires -d 'Validity, a Go-style duration as exo takes it: 90s, 15m, 1h45m (at most 7 days: 168h or 7d)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand presign" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -l read -d 'Grantee of READ' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -l write -d 'Grantee of WRITE' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -l read-acp -d 'Grantee of READ_ACP' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -l write-acp -d 'Grantee of WRITE_ACP' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -l full-control -d 'Grantee of FULL_CONTROL' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -s r -l recursive -d 'Every object under the prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand setacl" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -f -a "add" -d 'Add a rule to a bucket\'s CORS configuration (its other rules are kept)'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -f -a "delete" -d 'Delete a bucket\'s whole CORS configuration'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -f -a "del" -d 'Delete a bucket\'s whole CORS configuration'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -f -a "reset" -d 'Delete a bucket\'s whole CORS configuration'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and not __fish_seen_subcommand_from add delete del reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l allowed-origin -d 'Allowed origin, e.g. https://my-website.net or https://*.example.net (repeat it, or separate with commas)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l allowed-method -d 'Allowed method: GET, PUT, HEAD, POST, DELETE, or * for all five (repeat it, or separate with commas)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l allowed-header -d 'Header a preflight may ask for, e.g. content-type or x-amz-* (repeat it, or separate with commas)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l expose-header -d 'Response header browsers let scripts read, e.g. ETag (repeat it, or separate with commas)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l max-age -d 'How long browsers may cache the preflight\'s answer, in seconds' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l id -d 'The rule\'s ID (at most 255 characters)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -s f -l force -d 'Do not ask for confirmation'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -s f -l force -d 'Do not ask for confirmation'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from del" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not ask for confirmation'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a rule to a bucket\'s CORS configuration (its other rules are kept)'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a bucket\'s whole CORS configuration'
complete -c sosctl -n "__fish_sosctl_using_subcommand cors; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s r -l recursive -d 'Every object under the source prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s f -l force -d 'Do not ask before moving a prefix'
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s n -l dry-run -d 'Print what would move, move nothing'
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s v -l verbose -d 'Print each object moved'
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand move" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s r -l recursive -d 'Every object under the source prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s f -l force -d 'Do not ask before moving a prefix'
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s n -l dry-run -d 'Print what would move, move nothing'
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s v -l verbose -d 'Print each object moved'
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand mv" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -f -a "add" -d 'Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -f -a "delete" -d 'Delete user metadata keys'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -f -a "del" -d 'Delete user metadata keys'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and not __fish_seen_subcommand_from add delete del help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -s r -l recursive -d 'Every object under the prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -s r -l recursive -d 'Every object under the prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -s r -l recursive -d 'Every object under the prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from del" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete user metadata keys'
complete -c sosctl -n "__fish_sosctl_using_subcommand metadata; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -f -a "add" -d 'Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Content-Type, Expires'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -f -a "delete" -d 'Delete HTTP headers'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -f -a "del" -d 'Delete HTTP headers'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and not __fish_seen_subcommand_from add delete del help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l cache-control -d 'Value of Cache-Control' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l content-disposition -d 'Value of Content-Disposition' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l content-encoding -d 'Value of Content-Encoding' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l content-language -d 'Value of Content-Language' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l content-type -d 'Value of Content-Type' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l expires -d 'Value of Expires (an HTTP date, e.g. `Wed, 21 Oct 2026 07:28:00 GMT`)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -s r -l recursive -d 'Every object under the prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l cache-control -d 'Remove Cache-Control'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l content-disposition -d 'Remove Content-Disposition'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l content-encoding -d 'Remove Content-Encoding'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l content-language -d 'Remove Content-Language'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l content-type -d 'Remove Content-Type (the server then gives its default, binary/octet-stream on S3)'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l expires -d 'Remove Expires'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -s r -l recursive -d 'Every object under the prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l cache-control -d 'Remove Cache-Control'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l content-disposition -d 'Remove Content-Disposition'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l content-encoding -d 'Remove Content-Encoding'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l content-language -d 'Remove Content-Language'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l content-type -d 'Remove Content-Type (the server then gives its default, binary/octet-stream on S3)'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l expires -d 'Remove Expires'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -s r -l recursive -d 'Every object under the prefix, subdirectories included'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from del" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Content-Type, Expires'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete HTTP headers'
complete -c sosctl -n "__fish_sosctl_using_subcommand headers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "versioning" -d 'Bucket versioning: status, enable, suspend'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "v" -d 'Bucket versioning: status, enable, suspend'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "object-lock" -d 'Bucket Object Lock: status, enable (exo has no command for it)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "object-ownership" -d 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "replication" -d 'Bucket replication: set, show, delete, check, status, rule'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -f -a "status" -d 'Print Enabled, Suspended or Disabled (never set)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -f -a "enable" -d 'Enable versioning'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -f -a "suspend" -d 'Suspend versioning'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from versioning" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -f -a "status" -d 'Print Enabled, Suspended or Disabled (never set)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -f -a "enable" -d 'Enable versioning'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -f -a "suspend" -d 'Suspend versioning'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from v" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -f -a "status" -d 'Object Lock state and default retention'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -f -a "enable" -d 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-lock" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -f -a "status" -d 'Show the bucket\'s Object Ownership'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -f -a "set" -d 'Set the bucket\'s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from object-ownership" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "set" -d 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "show" -d 'Show the bucket\'s replication config (table like exo\'s; -O json prints what `set` reads)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "get" -d 'Show the bucket\'s replication config (table like exo\'s; -O json prints what `set` reads)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "delete" -d 'Delete the bucket\'s replication config'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "del" -d 'Delete the bucket\'s replication config'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "check" -d 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "rule" -d 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "status" -d 'Per-object replication status of the current versions, with a summary; --wait for CI'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "retry" -d 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "diff" -d 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "sync" -d 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from replication" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from help" -f -a "versioning" -d 'Bucket versioning: status, enable, suspend'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from help" -f -a "object-lock" -d 'Bucket Object Lock: status, enable (exo has no command for it)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from help" -f -a "object-ownership" -d 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from help" -f -a "replication" -d 'Bucket replication: set, show, delete, check, status, rule'
complete -c sosctl -n "__fish_sosctl_using_subcommand bucket; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "versioning" -d 'Bucket versioning: status, enable, suspend'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "v" -d 'Bucket versioning: status, enable, suspend'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "object-lock" -d 'Bucket Object Lock: status, enable (exo has no command for it)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "object-ownership" -d 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "replication" -d 'Bucket replication: set, show, delete, check, status, rule'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and not __fish_seen_subcommand_from versioning v object-lock object-ownership replication help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -f -a "status" -d 'Print Enabled, Suspended or Disabled (never set)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -f -a "enable" -d 'Enable versioning'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -f -a "suspend" -d 'Suspend versioning'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from versioning" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -f -a "status" -d 'Print Enabled, Suspended or Disabled (never set)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -f -a "enable" -d 'Enable versioning'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -f -a "suspend" -d 'Suspend versioning'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from v" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -f -a "status" -d 'Object Lock state and default retention'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -f -a "enable" -d 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-lock" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -f -a "status" -d 'Show the bucket\'s Object Ownership'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -f -a "set" -d 'Set the bucket\'s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from object-ownership" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "set" -d 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "show" -d 'Show the bucket\'s replication config (table like exo\'s; -O json prints what `set` reads)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "get" -d 'Show the bucket\'s replication config (table like exo\'s; -O json prints what `set` reads)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "delete" -d 'Delete the bucket\'s replication config'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "del" -d 'Delete the bucket\'s replication config'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "check" -d 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "rule" -d 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "status" -d 'Per-object replication status of the current versions, with a summary; --wait for CI'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "retry" -d 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "diff" -d 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "sync" -d 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from replication" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from help" -f -a "versioning" -d 'Bucket versioning: status, enable, suspend'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from help" -f -a "object-lock" -d 'Bucket Object Lock: status, enable (exo has no command for it)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from help" -f -a "object-ownership" -d 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from help" -f -a "replication" -d 'Bucket replication: set, show, delete, check, status, rule'
complete -c sosctl -n "__fish_sosctl_using_subcommand b; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -f -a "convert" -d 'Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -f -a "validate" -d 'Validate a config: every problem at once, with its path; exit 2 if any error'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and not __fish_seen_subcommand_from convert validate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -l to -d 'Output format' -r -f -a "xml\t''
json\t''"
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from convert" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -l source -d 'The source bucket, to add the source != destination check (required with --policy)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -l policy -d 'The IAM policy of the config\'s Role: check that it allows what replication performs (one PASS/FAIL row per operation and bucket, with the rule to add when denied; exit 2 on a FAIL)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Validate a config: every problem at once, with its path; exit 2 if any error'
complete -c sosctl -n "__fish_sosctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -f -a "policy" -d 'IAM policies, offline: validate, eval'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -f -a "role" -d 'IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update, delete'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -f -a "key" -d 'API keys bound to a role (on `sosctl serve` only): create, list'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and not __fish_seen_subcommand_from policy role key help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -f -a "validate" -d 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -f -a "eval" -d 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the roles (ID, Name, Description, Editable)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -f -a "show" -d 'Show a role (by ID or name); --policy prints its policy document'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -f -a "update" -d 'Update a role\'s description, labels, permissions or policy (a role created with --editable=false refuses a policy update)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a role (and the API keys bound to it)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from role" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -f -a "create" -d 'Create an API key bound to a role; prints the key and its secret (shown this once only)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the API keys bound to roles (never their secrets)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from key" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from help" -f -a "policy" -d 'IAM policies, offline: validate, eval'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from help" -f -a "role" -d 'IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update, delete'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from help" -f -a "key" -d 'API keys bound to a role (on `sosctl serve` only): create, list'
complete -c sosctl -n "__fish_sosctl_using_subcommand iam; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l listen -d 'Address to listen on (port 0 picks a free port)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l data-dir -d 'Keep data in DIR (survives restarts and crashes); without it, data lives in memory' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l access-key -d 'Access key (env SOSCTL_SERVE_ACCESS_KEY) [default: printed at start]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l secret-key -d 'Secret key (env SOSCTL_SERVE_SECRET_KEY; prefer the env, flags show in `ps`) [default: the well-known local pair]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l region -d 'Default region / zone for buckets created without one' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l replication-workers -d 'Replication workers' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l max-connections -d 'Most connections open at once; when all are in use, a new client waits until one closes, and to admit it the server closes the next connection to send a response (after it) or, when none does within 1 s, one idle between requests for 100 ms or more, never cutting a request in progress; one line is logged (again only once the limit has not been reached for 10 s)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l header-timeout -d 'How long a request head may take once its first byte has arrived (a client trickling headers is disconnected)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l idle-timeout -d 'How long a connection may stay silent before it is closed: waiting for its first or next request, in the middle of a request body (answered RequestTimeout), or not reading its response' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l metrics-listen -d 'Serve the Prometheus metrics (GET /metrics) on a listener of their own at ADDR, to anyone who reaches it; without it they are served on the S3 address to loopback clients only' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l iam -d 'Roles and API keys bound to them, applied at start: JSON {"roles": [{"name", "id"?, "description"?, "editable"?, "labels"?, "permissions"?, "policy"}], "keys": [{"key", "secret", "role": ID|NAME, "name"?}]} (a request signed with such a key is decided by its role\'s policy; see the README)' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l test-replication-delay-ms -d 'Test-only: replication workers wait MS milliseconds before each item (to catch replication midway)' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -s v -l verbose -d 'Log one line per request'
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -l wait-timeout -d 'How long to wait for replication at each step' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -l pause-replication -d 'Start with the server\'s replication paused, so that the first wait fails (for testing the demo\'s own failure report)'
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -l out -d 'Directory to write the pages into (one per subcommand); without it, the main page goes to stdout' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -s C -l config -d 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo\'s exoscale.toml]' -r -F
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -s A -l use-account -d 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file\'s defaultaccount, else its first]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -s z -l zone -d 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account\'s defaultZone, else ch-dk-2]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -l endpoint -d 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account\'s sosEndpoint, else https://sos-{zone}.exo.io]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -s O -l output-format -d 'Output format (env SOSCTL_OUTPUT) [default: table]' -r -f -a "table\t'Human tables (box-drawing on a terminal, ASCII when piped)'
json\t'One JSON document on stdout, stable snake_case keys'
text\t'Tab-separated lines, one record a line'"
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [default: 30s]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -l retries -d 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]' -r
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -s Q -l quiet -d 'No progress bars, no non-essential output'
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -l trace -d 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sosctl -n "__fish_sosctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "list" -d 'List buckets, or objects under sos://BUCKET[/PREFIX]'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "mb" -d 'Create a bucket'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "rb" -d 'Delete a bucket'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "show" -d 'Show an object\'s or a bucket\'s details, Replication Status included'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "upload" -d 'Upload files'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "download" -d 'Download objects'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "delete" -d 'Delete objects'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "purge" -d 'Delete all versions and delete markers under a bucket or prefix'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "presign" -d 'Make a presigned URL for an object'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "setacl" -d 'Set a bucket\'s or objects\' ACL: a canned ACL, or grantees (--read, --write, --full-control, ...)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "cors" -d 'A bucket\'s CORS configuration: add a rule, delete (reset) the whole configuration'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "move" -d 'Move objects within a bucket or across buckets (server-side copy, then delete)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "metadata" -d 'Add or delete an object\'s user metadata (a copy onto itself: a new version, which replicates)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "headers" -d 'Add or delete an object\'s HTTP headers (a copy onto itself: a new version, which replicates)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "bucket" -d 'Bucket settings: versioning, Object Lock, replication'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "replication" -d 'Offline replication config tools: convert, validate'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "iam" -d 'Offline IAM policy tools: validate a policy, evaluate a request against it'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "serve" -d 'Run the bundled local S3 server (versioning, Object Lock, real asynchronous replication)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "demo" -d 'Play the product guide\'s two walk-throughs against an embedded server'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "man" -d 'Write man pages (one per subcommand)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and not __fish_seen_subcommand_from list mb rb show upload download delete purge presign setacl cors move metadata headers bucket replication iam serve demo completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from cors" -f -a "add" -d 'Add a rule to a bucket\'s CORS configuration (its other rules are kept)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from cors" -f -a "delete" -d 'Delete a bucket\'s whole CORS configuration'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from metadata" -f -a "add" -d 'Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from metadata" -f -a "delete" -d 'Delete user metadata keys'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from headers" -f -a "add" -d 'Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Content-Type, Expires'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from headers" -f -a "delete" -d 'Delete HTTP headers'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from bucket" -f -a "versioning" -d 'Bucket versioning: status, enable, suspend'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from bucket" -f -a "object-lock" -d 'Bucket Object Lock: status, enable (exo has no command for it)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from bucket" -f -a "object-ownership" -d 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from bucket" -f -a "replication" -d 'Bucket replication: set, show, delete, check, status, rule'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from replication" -f -a "convert" -d 'Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from replication" -f -a "validate" -d 'Validate a config: every problem at once, with its path; exit 2 if any error'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from iam" -f -a "policy" -d 'IAM policies, offline: validate, eval'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from iam" -f -a "role" -d 'IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update, delete'
complete -c sosctl -n "__fish_sosctl_using_subcommand help; and __fish_seen_subcommand_from iam" -f -a "key" -d 'API keys bound to a role (on `sosctl serve` only): create, list'
