
use builtin;
use str;

set edit:completion:arg-completer[sosctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'sosctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'sosctl'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List buckets, or objects under sos://BUCKET[/PREFIX]'
            cand ls 'List buckets, or objects under sos://BUCKET[/PREFIX]'
            cand mb 'Create a bucket'
            cand create 'Create a bucket'
            cand rb 'Delete a bucket'
            cand show 'Show an object''s or a bucket''s details, Replication Status included'
            cand upload 'Upload files'
            cand put 'Upload files'
            cand download 'Download objects'
            cand get 'Download objects'
            cand delete 'Delete objects'
            cand rm 'Delete objects'
            cand del 'Delete objects'
            cand purge 'Delete all versions and delete markers under a bucket or prefix'
            cand presign 'Make a presigned URL for an object'
            cand setacl 'Set a bucket''s or objects'' ACL: a canned ACL, or grantees (--read, --write, --full-control, ...)'
            cand cors 'A bucket''s CORS configuration: add a rule, delete (reset) the whole configuration'
            cand move 'Move objects within a bucket or across buckets (server-side copy, then delete)'
            cand mv 'Move objects within a bucket or across buckets (server-side copy, then delete)'
            cand metadata 'Add or delete an object''s user metadata (a copy onto itself: a new version, which replicates)'
            cand headers 'Add or delete an object''s HTTP headers (a copy onto itself: a new version, which replicates)'
            cand bucket 'Bucket settings: versioning, Object Lock, replication'
            cand b 'Bucket settings: versioning, Object Lock, replication'
            cand replication 'Offline replication config tools: convert, validate'
            cand iam 'Offline IAM policy tools: validate a policy, evaluate a request against it'
            cand serve 'Run the bundled local S3 server (versioning, Object Lock, real asynchronous replication)'
            cand demo 'Play the product guide''s two walk-throughs against an embedded server'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages (one per subcommand)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;list'= {
            cand --only-versions 'Only these versions: comma-separated version IDs or numbers (v3); implies --versions'
            cand --exclude-versions 'All versions but these: comma-separated version IDs or numbers (v3); implies --versions'
            cand --older-than 'Only objects last modified before WHEN: a duration ago (exo''s Go syntax: 30m, 1h45m, 7d) or an RFC 3339 time (2025-02-20T15:50:12Z)'
            cand --older-than-or-equal 'Only objects last modified at or before WHEN (as --older-than)'
            cand --newer-than 'Only objects last modified after WHEN (as --older-than)'
            cand --newer-than-or-equal 'Only objects last modified at or after WHEN (as --older-than)'
            cand --page-size 'Keys per listing request (the server''s maximum is usually 1000); for tests of paging'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'List recursively (all keys under the prefix, no directory grouping)'
            cand --recursive 'List recursively (all keys under the prefix, no directory grouping)'
            cand --versions 'List object versions (version id and vN per row)'
            cand --delete-markers 'With --versions, include delete markers'
            cand -s 'Print keys as pages arrive, in constant memory'
            cand --stream 'Print keys as pages arrive, in constant memory'
            cand --size 'With no bucket: add each bucket''s size (the sum of its current objects), read by listing every bucket in full'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;ls'= {
            cand --only-versions 'Only these versions: comma-separated version IDs or numbers (v3); implies --versions'
            cand --exclude-versions 'All versions but these: comma-separated version IDs or numbers (v3); implies --versions'
            cand --older-than 'Only objects last modified before WHEN: a duration ago (exo''s Go syntax: 30m, 1h45m, 7d) or an RFC 3339 time (2025-02-20T15:50:12Z)'
            cand --older-than-or-equal 'Only objects last modified at or before WHEN (as --older-than)'
            cand --newer-than 'Only objects last modified after WHEN (as --older-than)'
            cand --newer-than-or-equal 'Only objects last modified at or after WHEN (as --older-than)'
            cand --page-size 'Keys per listing request (the server''s maximum is usually 1000); for tests of paging'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'List recursively (all keys under the prefix, no directory grouping)'
            cand --recursive 'List recursively (all keys under the prefix, no directory grouping)'
            cand --versions 'List object versions (version id and vN per row)'
            cand --delete-markers 'With --versions, include delete markers'
            cand -s 'Print keys as pages arrive, in constant memory'
            cand --stream 'Print keys as pages arrive, in constant memory'
            cand --size 'With no bucket: add each bucket''s size (the sum of its current objects), read by listing every bucket in full'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;mb'= {
            cand --acl 'Canned ACL (private, public-read, public-read-write, authenticated-read)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --object-lock 'Create the bucket with Object Lock (and so versioning) enabled'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;create'= {
            cand --acl 'Canned ACL (private, public-read, public-read-write, authenticated-read)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --object-lock 'Create the bucket with Object Lock (and so versioning) enabled'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;rb'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Empty the bucket first (all versions and delete markers)'
            cand --recursive 'Empty the bucket first (all versions and delete markers)'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;show'= {
            cand --version-id 'Show this version of the object'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --headers 'Also show every raw response header of the object (Raw Headers)'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;upload'= {
            cand --acl 'Canned ACL for the uploaded objects'
            cand --concurrency 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 512]'
            cand --part-size 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)'
            cand --recursive 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)'
            cand -n 'Show what would be uploaded, upload nothing'
            cand --dry-run 'Show what would be uploaded, upload nothing'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;put'= {
            cand --acl 'Canned ACL for the uploaded objects'
            cand --concurrency 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 512]'
            cand --part-size 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)'
            cand --recursive 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)'
            cand -n 'Show what would be uploaded, upload nothing'
            cand --dry-run 'Show what would be uploaded, upload nothing'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;download'= {
            cand --version-id 'Download this version of the object'
            cand --concurrency 'Objects downloaded at once: pinned at N [default: adaptive, up to 512]'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Download everything under the prefix, subdirectories included'
            cand --recursive 'Download everything under the prefix, subdirectories included'
            cand -f 'Overwrite existing local files'
            cand --force 'Overwrite existing local files'
            cand -n 'Show what would be downloaded, download nothing'
            cand --dry-run 'Show what would be downloaded, download nothing'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;get'= {
            cand --version-id 'Download this version of the object'
            cand --concurrency 'Objects downloaded at once: pinned at N [default: adaptive, up to 512]'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Download everything under the prefix, subdirectories included'
            cand --recursive 'Download everything under the prefix, subdirectories included'
            cand -f 'Overwrite existing local files'
            cand --force 'Overwrite existing local files'
            cand -n 'Show what would be downloaded, download nothing'
            cand --dry-run 'Show what would be downloaded, download nothing'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;delete'= {
            cand --version-id 'Permanently delete this version (without it, a versioned bucket gets a delete marker)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)'
            cand --recursive 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -v 'Print each deleted key'
            cand --verbose 'Print each deleted key'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;rm'= {
            cand --version-id 'Permanently delete this version (without it, a versioned bucket gets a delete marker)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)'
            cand --recursive 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -v 'Print each deleted key'
            cand --verbose 'Print each deleted key'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;del'= {
            cand --version-id 'Permanently delete this version (without it, a versioned bucket gets a delete marker)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)'
            cand --recursive 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -v 'Print each deleted key'
            cand --verbose 'Print each deleted key'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;purge'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -v 'Print each deleted version'
            cand --verbose 'Print each deleted version'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;presign'= {
            cand -m 'HTTP method the URL allows'
            cand --method 'HTTP method the URL allows'
            cand -e 'Validity, a Go-style duration as exo takes it: 90s, 15m, 1h45m (at most 7 days: 168h or 7d)'
            cand --expires 'Validity, a Go-style duration as exo takes it: 90s, 15m, 1h45m (at most 7 days: 168h or 7d)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;setacl'= {
            cand --read 'Grantee of READ'
            cand --write 'Grantee of WRITE'
            cand --read-acp 'Grantee of READ_ACP'
            cand --write-acp 'Grantee of WRITE_ACP'
            cand --full-control 'Grantee of FULL_CONTROL'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Every object under the prefix, subdirectories included'
            cand --recursive 'Every object under the prefix, subdirectories included'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;cors'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a rule to a bucket''s CORS configuration (its other rules are kept)'
            cand delete 'Delete a bucket''s whole CORS configuration'
            cand del 'Delete a bucket''s whole CORS configuration'
            cand reset 'Delete a bucket''s whole CORS configuration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;cors;add'= {
            cand --allowed-origin 'Allowed origin, e.g. https://my-website.net or https://*.example.net (repeat it, or separate with commas)'
            cand --allowed-method 'Allowed method: GET, PUT, HEAD, POST, DELETE, or * for all five (repeat it, or separate with commas)'
            cand --allowed-header 'Header a preflight may ask for, e.g. content-type or x-amz-* (repeat it, or separate with commas)'
            cand --expose-header 'Response header browsers let scripts read, e.g. ETag (repeat it, or separate with commas)'
            cand --max-age 'How long browsers may cache the preflight''s answer, in seconds'
            cand --id 'The rule''s ID (at most 255 characters)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;cors;delete'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -f 'Do not ask for confirmation'
            cand --force 'Do not ask for confirmation'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;cors;del'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -f 'Do not ask for confirmation'
            cand --force 'Do not ask for confirmation'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;cors;reset'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -f 'Do not ask for confirmation'
            cand --force 'Do not ask for confirmation'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;cors;help'= {
            cand add 'Add a rule to a bucket''s CORS configuration (its other rules are kept)'
            cand delete 'Delete a bucket''s whole CORS configuration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;cors;help;add'= {
        }
        &'sosctl;cors;help;delete'= {
        }
        &'sosctl;cors;help;help'= {
        }
        &'sosctl;move'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Every object under the source prefix, subdirectories included'
            cand --recursive 'Every object under the source prefix, subdirectories included'
            cand -f 'Do not ask before moving a prefix'
            cand --force 'Do not ask before moving a prefix'
            cand -n 'Print what would move, move nothing'
            cand --dry-run 'Print what would move, move nothing'
            cand -v 'Print each object moved'
            cand --verbose 'Print each object moved'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;mv'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Every object under the source prefix, subdirectories included'
            cand --recursive 'Every object under the source prefix, subdirectories included'
            cand -f 'Do not ask before moving a prefix'
            cand --force 'Do not ask before moving a prefix'
            cand -n 'Print what would move, move nothing'
            cand --dry-run 'Print what would move, move nothing'
            cand -v 'Print each object moved'
            cand --verbose 'Print each object moved'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;metadata'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY'
            cand delete 'Delete user metadata keys'
            cand del 'Delete user metadata keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;metadata;add'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Every object under the prefix, subdirectories included'
            cand --recursive 'Every object under the prefix, subdirectories included'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;metadata;delete'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Every object under the prefix, subdirectories included'
            cand --recursive 'Every object under the prefix, subdirectories included'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;metadata;del'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Every object under the prefix, subdirectories included'
            cand --recursive 'Every object under the prefix, subdirectories included'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;metadata;help'= {
            cand add 'Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY'
            cand delete 'Delete user metadata keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;metadata;help;add'= {
        }
        &'sosctl;metadata;help;delete'= {
        }
        &'sosctl;metadata;help;help'= {
        }
        &'sosctl;headers'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Content-Type, Expires'
            cand delete 'Delete HTTP headers'
            cand del 'Delete HTTP headers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;headers;add'= {
            cand --cache-control 'Value of Cache-Control'
            cand --content-disposition 'Value of Content-Disposition'
            cand --content-encoding 'Value of Content-Encoding'
            cand --content-language 'Value of Content-Language'
            cand --content-type 'Value of Content-Type'
            cand --expires 'Value of Expires (an HTTP date, e.g. `Wed, 21 Oct 2026 07:28:00 GMT`)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Every object under the prefix, subdirectories included'
            cand --recursive 'Every object under the prefix, subdirectories included'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;headers;delete'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --cache-control 'Remove Cache-Control'
            cand --content-disposition 'Remove Content-Disposition'
            cand --content-encoding 'Remove Content-Encoding'
            cand --content-language 'Remove Content-Language'
            cand --content-type 'Remove Content-Type (the server then gives its default, binary/octet-stream on S3)'
            cand --expires 'Remove Expires'
            cand -r 'Every object under the prefix, subdirectories included'
            cand --recursive 'Every object under the prefix, subdirectories included'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;headers;del'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --cache-control 'Remove Cache-Control'
            cand --content-disposition 'Remove Content-Disposition'
            cand --content-encoding 'Remove Content-Encoding'
            cand --content-language 'Remove Content-Language'
            cand --content-type 'Remove Content-Type (the server then gives its default, binary/octet-stream on S3)'
            cand --expires 'Remove Expires'
            cand -r 'Every object under the prefix, subdirectories included'
            cand --recursive 'Every object under the prefix, subdirectories included'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;headers;help'= {
            cand add 'Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Content-Type, Expires'
            cand delete 'Delete HTTP headers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;headers;help;add'= {
        }
        &'sosctl;headers;help;delete'= {
        }
        &'sosctl;headers;help;help'= {
        }
        &'sosctl;bucket'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand versioning 'Bucket versioning: status, enable, suspend'
            cand v 'Bucket versioning: status, enable, suspend'
            cand object-lock 'Bucket Object Lock: status, enable (exo has no command for it)'
            cand object-ownership 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
            cand replication 'Bucket replication: set, show, delete, check, status, rule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand versioning 'Bucket versioning: status, enable, suspend'
            cand v 'Bucket versioning: status, enable, suspend'
            cand object-lock 'Bucket Object Lock: status, enable (exo has no command for it)'
            cand object-ownership 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
            cand replication 'Bucket replication: set, show, delete, check, status, rule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;versioning'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;v'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;versioning;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;v;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;versioning;enable'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;v;enable'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;versioning;suspend'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;v;suspend'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;versioning;help'= {
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;versioning;help;status'= {
        }
        &'sosctl;bucket;versioning;help;enable'= {
        }
        &'sosctl;bucket;versioning;help;suspend'= {
        }
        &'sosctl;bucket;versioning;help;help'= {
        }
        &'sosctl;bucket;v;help'= {
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;v;help;status'= {
        }
        &'sosctl;bucket;v;help;enable'= {
        }
        &'sosctl;bucket;v;help;suspend'= {
        }
        &'sosctl;bucket;v;help;help'= {
        }
        &'sosctl;b;versioning'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;v'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;versioning;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;v;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;versioning;enable'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;v;enable'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;versioning;suspend'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;v;suspend'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;versioning;help'= {
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;versioning;help;status'= {
        }
        &'sosctl;b;versioning;help;enable'= {
        }
        &'sosctl;b;versioning;help;suspend'= {
        }
        &'sosctl;b;versioning;help;help'= {
        }
        &'sosctl;b;v;help'= {
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;v;help;status'= {
        }
        &'sosctl;b;v;help;enable'= {
        }
        &'sosctl;b;v;help;suspend'= {
        }
        &'sosctl;b;v;help;help'= {
        }
        &'sosctl;bucket;object-lock'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Object Lock state and default retention'
            cand enable 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;object-lock;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;object-lock;enable'= {
            cand --mode 'Default retention mode'
            cand --days 'Default retention in days'
            cand --years 'Default retention in years'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;object-lock;help'= {
            cand status 'Object Lock state and default retention'
            cand enable 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;object-lock;help;status'= {
        }
        &'sosctl;bucket;object-lock;help;enable'= {
        }
        &'sosctl;bucket;object-lock;help;help'= {
        }
        &'sosctl;b;object-lock'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Object Lock state and default retention'
            cand enable 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;object-lock;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;object-lock;enable'= {
            cand --mode 'Default retention mode'
            cand --days 'Default retention in days'
            cand --years 'Default retention in years'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;object-lock;help'= {
            cand status 'Object Lock state and default retention'
            cand enable 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;object-lock;help;status'= {
        }
        &'sosctl;b;object-lock;help;enable'= {
        }
        &'sosctl;b;object-lock;help;help'= {
        }
        &'sosctl;bucket;object-ownership'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show the bucket''s Object Ownership'
            cand set 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;object-ownership;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;object-ownership;set'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;object-ownership;help'= {
            cand status 'Show the bucket''s Object Ownership'
            cand set 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;object-ownership;help;status'= {
        }
        &'sosctl;bucket;object-ownership;help;set'= {
        }
        &'sosctl;bucket;object-ownership;help;help'= {
        }
        &'sosctl;b;object-ownership'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show the bucket''s Object Ownership'
            cand set 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;object-ownership;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;object-ownership;set'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;object-ownership;help'= {
            cand status 'Show the bucket''s Object Ownership'
            cand set 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;object-ownership;help;status'= {
        }
        &'sosctl;b;object-ownership;help;set'= {
        }
        &'sosctl;b;object-ownership;help;help'= {
        }
        &'sosctl;bucket;replication'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
            cand show 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand get 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand delete 'Delete the bucket''s replication config'
            cand del 'Delete the bucket''s replication config'
            cand check 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
            cand rule 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)'
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
            cand retry 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)'
            cand diff 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)'
            cand sync 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;replication;set'= {
            cand --policy 'The IAM policy of the config''s Role: refuse (exit 2) when it denies an operation replication performs, as `bucket replication check --policy` reports it (checked with the prerequisites; not with --no-check)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;show'= {
            cand --rule 'Show only the rule with this ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --xml 'Print the raw wire XML'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;get'= {
            cand --rule 'Show only the rule with this ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --xml 'Print the raw wire XML'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;delete'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;del'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;check'= {
            cand --policy 'The IAM policy of the config''s Role: a row per operation replication performs on each bucket (PASS/FAIL, the policy rule that decided, the rule to add when denied)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;rule'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a rule (creates the config when the bucket has none: --role then)'
            cand update 'Change members of a rule; the others stay as they are'
            cand enable 'Set a rule''s Status to Enabled'
            cand disable 'Set a rule''s Status to Disabled (asks first: it weakens replication)'
            cand remove 'Remove a rule (asks first: it weakens replication)'
            cand rm 'Remove a rule (asks first: it weakens replication)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;replication;rule;add'= {
            cand --id 'The new rule''s ID'
            cand --destination 'Destination bucket (plain name or arn:aws:s3:::NAME)'
            cand --prefix 'Replicate only keys under this prefix ("" for every key)'
            cand --tag 'Replicate only objects with this tag (repeatable; on update, replaces the rule''s tags)'
            cand --priority 'Priority among the rules (higher wins)'
            cand --delete-marker-replication 'Replicate delete markers'
            cand --storage-class 'Storage class of the replicas'
            cand --role 'The IAM role (UUID on Exoscale, ARN on AWS); only when the bucket has no config yet'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --disabled 'Add the rule with Status Disabled'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;rule;update'= {
            cand --id 'The rule''s ID'
            cand --destination 'Destination bucket (plain name or arn:aws:s3:::NAME)'
            cand --prefix 'Replicate only keys under this prefix ("" for every key)'
            cand --tag 'Replicate only objects with this tag (repeatable; on update, replaces the rule''s tags)'
            cand --priority 'Priority among the rules (higher wins)'
            cand --delete-marker-replication 'Replicate delete markers'
            cand --storage-class 'Storage class of the replicas'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;rule;enable'= {
            cand --id 'The rule''s ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;rule;disable'= {
            cand --id 'The rule''s ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;rule;remove'= {
            cand --id 'The rule''s ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;rule;rm'= {
            cand --id 'The rule''s ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;rule;help'= {
            cand add 'Add a rule (creates the config when the bucket has none: --role then)'
            cand update 'Change members of a rule; the others stay as they are'
            cand enable 'Set a rule''s Status to Enabled'
            cand disable 'Set a rule''s Status to Disabled (asks first: it weakens replication)'
            cand remove 'Remove a rule (asks first: it weakens replication)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;replication;rule;help;add'= {
        }
        &'sosctl;bucket;replication;rule;help;update'= {
        }
        &'sosctl;bucket;replication;rule;help;enable'= {
        }
        &'sosctl;bucket;replication;rule;help;disable'= {
        }
        &'sosctl;bucket;replication;rule;help;remove'= {
        }
        &'sosctl;bucket;replication;rule;help;help'= {
        }
        &'sosctl;bucket;replication;status'= {
            cand --wait-timeout 'How long --wait waits'
            cand --concurrency 'Objects HEADed at once: pinned at N [default: adaptive, up to 512]'
            cand --watch 'Live view refreshed every INTERVAL (default 2s): in place on a terminal, timestamped lines when piped'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --wait 'Poll until nothing is PENDING (exit 3 on timeout, 4 if any FAILED)'
            cand --summary 'Only the per-status and per-destination summary, no row per object'
            cand --pending 'List the PENDING objects (filters combine: any of them)'
            cand --failed 'List the FAILED objects, with the reason when the server gives one'
            cand --completed 'List the COMPLETED objects'
            cand --replica 'List the REPLICA objects (written by replication)'
            cand --none 'List the objects without a status (no rule selected them, or written before the rule)'
            cand --versions 'Every version, not only the current ones (delete markers are counted apart)'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;retry'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;diff'= {
            cand --to 'Compare with this one bucket, every key under the prefix, instead of the destinations of the source''s replication rules (a plain bucket-to-bucket compare; delete markers are not replicated)'
            cand --to-endpoint 'The --to bucket is on this other S3 endpoint (same credentials and zone), e.g. another server'
            cand --shard 'Only the keys of shard I of N (0 ≤ I < N), by a stable hash of the key (FNV-1a 64 mod N)'
            cand --concurrency 'Pin the requests in flight (HEADs, content reads, copies) at N; without it they adapt to the link (up to 512)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --versions 'Compare latest versions with ListObjectVersions (version ids, delete markers on both sides)'
            cand --checksum 'Compare the contents where ETags cannot tell (multipart uploads): stored checksums when both sides have one of the same kind, else a SHA-256 of both bodies, streamed'
            cand --detail 'List every differing key in the table output too (JSON and text always list them)'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;sync'= {
            cand --to 'Compare with this one bucket, every key under the prefix, instead of the destinations of the source''s replication rules (a plain bucket-to-bucket compare; delete markers are not replicated)'
            cand --to-endpoint 'The --to bucket is on this other S3 endpoint (same credentials and zone), e.g. another server'
            cand --shard 'Only the keys of shard I of N (0 ≤ I < N), by a stable hash of the key (FNV-1a 64 mod N)'
            cand --concurrency 'Pin the requests in flight (HEADs, content reads, copies) at N; without it they adapt to the link (up to 512)'
            cand --test-copy-part-size 'Test-only: a server-side copy of an object above SIZE is a multipart copy (UploadPartCopy) in parts of SIZE, instead of above 5 GiB in parts of 512 MiB (so that the tests exercise it with a few MiB; the destination still refuses parts below 5 MiB but the last)'
            cand --test-part-delay-ms 'Test-only: wait MS milliseconds before each part of a multipart copy (to catch one midway)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --versions 'Compare latest versions with ListObjectVersions (version ids, delete markers on both sides)'
            cand --checksum 'Compare the contents where ETags cannot tell (multipart uploads): stored checksums when both sides have one of the same kind, else a SHA-256 of both bodies, streamed'
            cand --dry-run 'Print the plan (what would be copied or deleted), change nothing'
            cand --failed 'Only the objects whose source replication status is FAILED'
            cand --delete-extra 'Also delete the objects only the destination holds (asks on a terminal; -f in scripts)'
            cand -f 'Do not ask before --delete-extra deletes'
            cand --force 'Do not ask before --delete-extra deletes'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;help'= {
            cand set 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
            cand show 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand delete 'Delete the bucket''s replication config'
            cand check 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
            cand rule 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)'
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
            cand retry 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)'
            cand diff 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)'
            cand sync 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;replication;help;set'= {
        }
        &'sosctl;bucket;replication;help;show'= {
        }
        &'sosctl;bucket;replication;help;delete'= {
        }
        &'sosctl;bucket;replication;help;check'= {
        }
        &'sosctl;bucket;replication;help;rule'= {
            cand add 'Add a rule (creates the config when the bucket has none: --role then)'
            cand update 'Change members of a rule; the others stay as they are'
            cand enable 'Set a rule''s Status to Enabled'
            cand disable 'Set a rule''s Status to Disabled (asks first: it weakens replication)'
            cand remove 'Remove a rule (asks first: it weakens replication)'
        }
        &'sosctl;bucket;replication;help;rule;add'= {
        }
        &'sosctl;bucket;replication;help;rule;update'= {
        }
        &'sosctl;bucket;replication;help;rule;enable'= {
        }
        &'sosctl;bucket;replication;help;rule;disable'= {
        }
        &'sosctl;bucket;replication;help;rule;remove'= {
        }
        &'sosctl;bucket;replication;help;status'= {
        }
        &'sosctl;bucket;replication;help;retry'= {
        }
        &'sosctl;bucket;replication;help;diff'= {
        }
        &'sosctl;bucket;replication;help;sync'= {
        }
        &'sosctl;bucket;replication;help;help'= {
        }
        &'sosctl;b;replication'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
            cand show 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand get 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand delete 'Delete the bucket''s replication config'
            cand del 'Delete the bucket''s replication config'
            cand check 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
            cand rule 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)'
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
            cand retry 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)'
            cand diff 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)'
            cand sync 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;replication;set'= {
            cand --policy 'The IAM policy of the config''s Role: refuse (exit 2) when it denies an operation replication performs, as `bucket replication check --policy` reports it (checked with the prerequisites; not with --no-check)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;show'= {
            cand --rule 'Show only the rule with this ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --xml 'Print the raw wire XML'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;get'= {
            cand --rule 'Show only the rule with this ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --xml 'Print the raw wire XML'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;delete'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;del'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;check'= {
            cand --policy 'The IAM policy of the config''s Role: a row per operation replication performs on each bucket (PASS/FAIL, the policy rule that decided, the rule to add when denied)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;rule'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a rule (creates the config when the bucket has none: --role then)'
            cand update 'Change members of a rule; the others stay as they are'
            cand enable 'Set a rule''s Status to Enabled'
            cand disable 'Set a rule''s Status to Disabled (asks first: it weakens replication)'
            cand remove 'Remove a rule (asks first: it weakens replication)'
            cand rm 'Remove a rule (asks first: it weakens replication)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;replication;rule;add'= {
            cand --id 'The new rule''s ID'
            cand --destination 'Destination bucket (plain name or arn:aws:s3:::NAME)'
            cand --prefix 'Replicate only keys under this prefix ("" for every key)'
            cand --tag 'Replicate only objects with this tag (repeatable; on update, replaces the rule''s tags)'
            cand --priority 'Priority among the rules (higher wins)'
            cand --delete-marker-replication 'Replicate delete markers'
            cand --storage-class 'Storage class of the replicas'
            cand --role 'The IAM role (UUID on Exoscale, ARN on AWS); only when the bucket has no config yet'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --disabled 'Add the rule with Status Disabled'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;rule;update'= {
            cand --id 'The rule''s ID'
            cand --destination 'Destination bucket (plain name or arn:aws:s3:::NAME)'
            cand --prefix 'Replicate only keys under this prefix ("" for every key)'
            cand --tag 'Replicate only objects with this tag (repeatable; on update, replaces the rule''s tags)'
            cand --priority 'Priority among the rules (higher wins)'
            cand --delete-marker-replication 'Replicate delete markers'
            cand --storage-class 'Storage class of the replicas'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;rule;enable'= {
            cand --id 'The rule''s ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;rule;disable'= {
            cand --id 'The rule''s ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;rule;remove'= {
            cand --id 'The rule''s ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;rule;rm'= {
            cand --id 'The rule''s ID'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the changes and the XML that would be sent, send nothing'
            cand --dry-run 'Print the changes and the XML that would be sent, send nothing'
            cand -f 'Apply changes that remove or weaken replication without asking'
            cand --force 'Apply changes that remove or weaken replication without asking'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;rule;help'= {
            cand add 'Add a rule (creates the config when the bucket has none: --role then)'
            cand update 'Change members of a rule; the others stay as they are'
            cand enable 'Set a rule''s Status to Enabled'
            cand disable 'Set a rule''s Status to Disabled (asks first: it weakens replication)'
            cand remove 'Remove a rule (asks first: it weakens replication)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;replication;rule;help;add'= {
        }
        &'sosctl;b;replication;rule;help;update'= {
        }
        &'sosctl;b;replication;rule;help;enable'= {
        }
        &'sosctl;b;replication;rule;help;disable'= {
        }
        &'sosctl;b;replication;rule;help;remove'= {
        }
        &'sosctl;b;replication;rule;help;help'= {
        }
        &'sosctl;b;replication;status'= {
            cand --wait-timeout 'How long --wait waits'
            cand --concurrency 'Objects HEADed at once: pinned at N [default: adaptive, up to 512]'
            cand --watch 'Live view refreshed every INTERVAL (default 2s): in place on a terminal, timestamped lines when piped'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --wait 'Poll until nothing is PENDING (exit 3 on timeout, 4 if any FAILED)'
            cand --summary 'Only the per-status and per-destination summary, no row per object'
            cand --pending 'List the PENDING objects (filters combine: any of them)'
            cand --failed 'List the FAILED objects, with the reason when the server gives one'
            cand --completed 'List the COMPLETED objects'
            cand --replica 'List the REPLICA objects (written by replication)'
            cand --none 'List the objects without a status (no rule selected them, or written before the rule)'
            cand --versions 'Every version, not only the current ones (delete markers are counted apart)'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;retry'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;diff'= {
            cand --to 'Compare with this one bucket, every key under the prefix, instead of the destinations of the source''s replication rules (a plain bucket-to-bucket compare; delete markers are not replicated)'
            cand --to-endpoint 'The --to bucket is on this other S3 endpoint (same credentials and zone), e.g. another server'
            cand --shard 'Only the keys of shard I of N (0 ≤ I < N), by a stable hash of the key (FNV-1a 64 mod N)'
            cand --concurrency 'Pin the requests in flight (HEADs, content reads, copies) at N; without it they adapt to the link (up to 512)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --versions 'Compare latest versions with ListObjectVersions (version ids, delete markers on both sides)'
            cand --checksum 'Compare the contents where ETags cannot tell (multipart uploads): stored checksums when both sides have one of the same kind, else a SHA-256 of both bodies, streamed'
            cand --detail 'List every differing key in the table output too (JSON and text always list them)'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;sync'= {
            cand --to 'Compare with this one bucket, every key under the prefix, instead of the destinations of the source''s replication rules (a plain bucket-to-bucket compare; delete markers are not replicated)'
            cand --to-endpoint 'The --to bucket is on this other S3 endpoint (same credentials and zone), e.g. another server'
            cand --shard 'Only the keys of shard I of N (0 ≤ I < N), by a stable hash of the key (FNV-1a 64 mod N)'
            cand --concurrency 'Pin the requests in flight (HEADs, content reads, copies) at N; without it they adapt to the link (up to 512)'
            cand --test-copy-part-size 'Test-only: a server-side copy of an object above SIZE is a multipart copy (UploadPartCopy) in parts of SIZE, instead of above 5 GiB in parts of 512 MiB (so that the tests exercise it with a few MiB; the destination still refuses parts below 5 MiB but the last)'
            cand --test-part-delay-ms 'Test-only: wait MS milliseconds before each part of a multipart copy (to catch one midway)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --versions 'Compare latest versions with ListObjectVersions (version ids, delete markers on both sides)'
            cand --checksum 'Compare the contents where ETags cannot tell (multipart uploads): stored checksums when both sides have one of the same kind, else a SHA-256 of both bodies, streamed'
            cand --dry-run 'Print the plan (what would be copied or deleted), change nothing'
            cand --failed 'Only the objects whose source replication status is FAILED'
            cand --delete-extra 'Also delete the objects only the destination holds (asks on a terminal; -f in scripts)'
            cand -f 'Do not ask before --delete-extra deletes'
            cand --force 'Do not ask before --delete-extra deletes'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;b;replication;help'= {
            cand set 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
            cand show 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand delete 'Delete the bucket''s replication config'
            cand check 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
            cand rule 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)'
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
            cand retry 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)'
            cand diff 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)'
            cand sync 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;replication;help;set'= {
        }
        &'sosctl;b;replication;help;show'= {
        }
        &'sosctl;b;replication;help;delete'= {
        }
        &'sosctl;b;replication;help;check'= {
        }
        &'sosctl;b;replication;help;rule'= {
            cand add 'Add a rule (creates the config when the bucket has none: --role then)'
            cand update 'Change members of a rule; the others stay as they are'
            cand enable 'Set a rule''s Status to Enabled'
            cand disable 'Set a rule''s Status to Disabled (asks first: it weakens replication)'
            cand remove 'Remove a rule (asks first: it weakens replication)'
        }
        &'sosctl;b;replication;help;rule;add'= {
        }
        &'sosctl;b;replication;help;rule;update'= {
        }
        &'sosctl;b;replication;help;rule;enable'= {
        }
        &'sosctl;b;replication;help;rule;disable'= {
        }
        &'sosctl;b;replication;help;rule;remove'= {
        }
        &'sosctl;b;replication;help;status'= {
        }
        &'sosctl;b;replication;help;retry'= {
        }
        &'sosctl;b;replication;help;diff'= {
        }
        &'sosctl;b;replication;help;sync'= {
        }
        &'sosctl;b;replication;help;help'= {
        }
        &'sosctl;bucket;help'= {
            cand versioning 'Bucket versioning: status, enable, suspend'
            cand object-lock 'Bucket Object Lock: status, enable (exo has no command for it)'
            cand object-ownership 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
            cand replication 'Bucket replication: set, show, delete, check, status, rule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;help;versioning'= {
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
        }
        &'sosctl;bucket;help;versioning;status'= {
        }
        &'sosctl;bucket;help;versioning;enable'= {
        }
        &'sosctl;bucket;help;versioning;suspend'= {
        }
        &'sosctl;bucket;help;object-lock'= {
            cand status 'Object Lock state and default retention'
            cand enable 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
        }
        &'sosctl;bucket;help;object-lock;status'= {
        }
        &'sosctl;bucket;help;object-lock;enable'= {
        }
        &'sosctl;bucket;help;object-ownership'= {
            cand status 'Show the bucket''s Object Ownership'
            cand set 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter'
        }
        &'sosctl;bucket;help;object-ownership;status'= {
        }
        &'sosctl;bucket;help;object-ownership;set'= {
        }
        &'sosctl;bucket;help;replication'= {
            cand set 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
            cand show 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand delete 'Delete the bucket''s replication config'
            cand check 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
            cand rule 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)'
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
            cand retry 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)'
            cand diff 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)'
            cand sync 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write'
        }
        &'sosctl;bucket;help;replication;set'= {
        }
        &'sosctl;bucket;help;replication;show'= {
        }
        &'sosctl;bucket;help;replication;delete'= {
        }
        &'sosctl;bucket;help;replication;check'= {
        }
        &'sosctl;bucket;help;replication;rule'= {
            cand add 'Add a rule (creates the config when the bucket has none: --role then)'
            cand update 'Change members of a rule; the others stay as they are'
            cand enable 'Set a rule''s Status to Enabled'
            cand disable 'Set a rule''s Status to Disabled (asks first: it weakens replication)'
            cand remove 'Remove a rule (asks first: it weakens replication)'
        }
        &'sosctl;bucket;help;replication;rule;add'= {
        }
        &'sosctl;bucket;help;replication;rule;update'= {
        }
        &'sosctl;bucket;help;replication;rule;enable'= {
        }
        &'sosctl;bucket;help;replication;rule;disable'= {
        }
        &'sosctl;bucket;help;replication;rule;remove'= {
        }
        &'sosctl;bucket;help;replication;status'= {
        }
        &'sosctl;bucket;help;replication;retry'= {
        }
        &'sosctl;bucket;help;replication;diff'= {
        }
        &'sosctl;bucket;help;replication;sync'= {
        }
        &'sosctl;bucket;help;help'= {
        }
        &'sosctl;b;help'= {
            cand versioning 'Bucket versioning: status, enable, suspend'
            cand object-lock 'Bucket Object Lock: status, enable (exo has no command for it)'
            cand object-ownership 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
            cand replication 'Bucket replication: set, show, delete, check, status, rule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;b;help;versioning'= {
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
        }
        &'sosctl;b;help;versioning;status'= {
        }
        &'sosctl;b;help;versioning;enable'= {
        }
        &'sosctl;b;help;versioning;suspend'= {
        }
        &'sosctl;b;help;object-lock'= {
            cand status 'Object Lock state and default retention'
            cand enable 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
        }
        &'sosctl;b;help;object-lock;status'= {
        }
        &'sosctl;b;help;object-lock;enable'= {
        }
        &'sosctl;b;help;object-ownership'= {
            cand status 'Show the bucket''s Object Ownership'
            cand set 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter'
        }
        &'sosctl;b;help;object-ownership;status'= {
        }
        &'sosctl;b;help;object-ownership;set'= {
        }
        &'sosctl;b;help;replication'= {
            cand set 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
            cand show 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand delete 'Delete the bucket''s replication config'
            cand check 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
            cand rule 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)'
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
            cand retry 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)'
            cand diff 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)'
            cand sync 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write'
        }
        &'sosctl;b;help;replication;set'= {
        }
        &'sosctl;b;help;replication;show'= {
        }
        &'sosctl;b;help;replication;delete'= {
        }
        &'sosctl;b;help;replication;check'= {
        }
        &'sosctl;b;help;replication;rule'= {
            cand add 'Add a rule (creates the config when the bucket has none: --role then)'
            cand update 'Change members of a rule; the others stay as they are'
            cand enable 'Set a rule''s Status to Enabled'
            cand disable 'Set a rule''s Status to Disabled (asks first: it weakens replication)'
            cand remove 'Remove a rule (asks first: it weakens replication)'
        }
        &'sosctl;b;help;replication;rule;add'= {
        }
        &'sosctl;b;help;replication;rule;update'= {
        }
        &'sosctl;b;help;replication;rule;enable'= {
        }
        &'sosctl;b;help;replication;rule;disable'= {
        }
        &'sosctl;b;help;replication;rule;remove'= {
        }
        &'sosctl;b;help;replication;status'= {
        }
        &'sosctl;b;help;replication;retry'= {
        }
        &'sosctl;b;help;replication;diff'= {
        }
        &'sosctl;b;help;replication;sync'= {
        }
        &'sosctl;b;help;help'= {
        }
        &'sosctl;replication'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand convert 'Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected'
            cand validate 'Validate a config: every problem at once, with its path; exit 2 if any error'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;replication;convert'= {
            cand --to 'Output format'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;replication;validate'= {
            cand --source 'The source bucket, to add the source != destination check (required with --policy)'
            cand --policy 'The IAM policy of the config''s Role: check that it allows what replication performs (one PASS/FAIL row per operation and bucket, with the rule to add when denied; exit 2 on a FAIL)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;replication;help'= {
            cand convert 'Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected'
            cand validate 'Validate a config: every problem at once, with its path; exit 2 if any error'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;replication;help;convert'= {
        }
        &'sosctl;replication;help;validate'= {
        }
        &'sosctl;replication;help;help'= {
        }
        &'sosctl;iam'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand policy 'IAM policies, offline: validate, eval'
            cand role 'IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update, delete'
            cand key 'API keys bound to a role (on `sosctl serve` only): create, list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;policy'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand validate 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error'
            cand eval 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;policy;validate'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;iam;policy;eval'= {
            cand --operation 'The SOS operation, e.g. get-object, put-object, delete-object (an unknown name is warned about)'
            cand --bucket 'The bucket (parameters.bucket)'
            cand --key 'The object key (parameters.key) [default: none: parameters has no key]'
            cand --source-ip 'The client''s address (source_ip), IPv4 or IPv6'
            cand --api-key 'The API key making the request (api_key, identity.key) [default: none: an anonymous request]'
            cand --now 'The time of the request (now), RFC 3339, e.g. 2025-02-20T15:50:12Z [default: the current time]'
            cand --org-policy 'The organization policy, which the request must pass too (file, or - for stdin) [default: allow-all]'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;iam;policy;help'= {
            cand validate 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error'
            cand eval 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;policy;help;validate'= {
        }
        &'sosctl;iam;policy;help;eval'= {
        }
        &'sosctl;iam;policy;help;help'= {
        }
        &'sosctl;iam;role'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions'
            cand list 'List the roles (ID, Name, Description, Editable)'
            cand show 'Show a role (by ID or name); --policy prints its policy document'
            cand update 'Update a role''s description, labels, permissions or policy (a role created with --editable=false refuses a policy update)'
            cand delete 'Delete a role (and the API keys bound to it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;role;create'= {
            cand --policy 'IAM policy file, or - for stdin [default: allow-all]'
            cand --description 'Role description'
            cand --editable 'Whether the policy may be updated later (fixed at creation)'
            cand --label 'A label (repeatable)'
            cand --permissions 'Role permissions, comma-separated: bypass-governance-retention, reset-iam-organization-policy'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;iam;role;list'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;iam;role;show'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --policy 'Print the policy document (JSON) instead of the role'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;iam;role;update'= {
            cand --policy 'New IAM policy file, or - for stdin'
            cand --description 'New description'
            cand --label 'Labels, replacing the role''s (repeatable)'
            cand --permissions 'Permissions, replacing the role''s, comma-separated'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;iam;role;delete'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -f 'Do not ask for confirmation'
            cand --force 'Do not ask for confirmation'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;iam;role;help'= {
            cand create 'Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions'
            cand list 'List the roles (ID, Name, Description, Editable)'
            cand show 'Show a role (by ID or name); --policy prints its policy document'
            cand update 'Update a role''s description, labels, permissions or policy (a role created with --editable=false refuses a policy update)'
            cand delete 'Delete a role (and the API keys bound to it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;role;help;create'= {
        }
        &'sosctl;iam;role;help;list'= {
        }
        &'sosctl;iam;role;help;show'= {
        }
        &'sosctl;iam;role;help;update'= {
        }
        &'sosctl;iam;role;help;delete'= {
        }
        &'sosctl;iam;role;help;help'= {
        }
        &'sosctl;iam;key'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an API key bound to a role; prints the key and its secret (shown this once only)'
            cand list 'List the API keys bound to roles (never their secrets)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;key;create'= {
            cand --role 'The role (ID or name) whose policy decides the key''s requests'
            cand --name 'A name for the key'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;iam;key;list'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;iam;key;help'= {
            cand create 'Create an API key bound to a role; prints the key and its secret (shown this once only)'
            cand list 'List the API keys bound to roles (never their secrets)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;key;help;create'= {
        }
        &'sosctl;iam;key;help;list'= {
        }
        &'sosctl;iam;key;help;help'= {
        }
        &'sosctl;iam;help'= {
            cand policy 'IAM policies, offline: validate, eval'
            cand role 'IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update, delete'
            cand key 'API keys bound to a role (on `sosctl serve` only): create, list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;help;policy'= {
            cand validate 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error'
            cand eval 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided'
        }
        &'sosctl;iam;help;policy;validate'= {
        }
        &'sosctl;iam;help;policy;eval'= {
        }
        &'sosctl;iam;help;role'= {
            cand create 'Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions'
            cand list 'List the roles (ID, Name, Description, Editable)'
            cand show 'Show a role (by ID or name); --policy prints its policy document'
            cand update 'Update a role''s description, labels, permissions or policy (a role created with --editable=false refuses a policy update)'
            cand delete 'Delete a role (and the API keys bound to it)'
        }
        &'sosctl;iam;help;role;create'= {
        }
        &'sosctl;iam;help;role;list'= {
        }
        &'sosctl;iam;help;role;show'= {
        }
        &'sosctl;iam;help;role;update'= {
        }
        &'sosctl;iam;help;role;delete'= {
        }
        &'sosctl;iam;help;key'= {
            cand create 'Create an API key bound to a role; prints the key and its secret (shown this once only)'
            cand list 'List the API keys bound to roles (never their secrets)'
        }
        &'sosctl;iam;help;key;create'= {
        }
        &'sosctl;iam;help;key;list'= {
        }
        &'sosctl;iam;help;help'= {
        }
        &'sosctl;serve'= {
            cand --listen 'Address to listen on (port 0 picks a free port)'
            cand --data-dir 'Keep data in DIR (survives restarts and crashes); without it, data lives in memory'
            cand --access-key 'Access key (env SOSCTL_SERVE_ACCESS_KEY) [default: printed at start]'
            cand --secret-key 'Secret key (env SOSCTL_SERVE_SECRET_KEY; prefer the env, flags show in `ps`) [default: the well-known local pair]'
            cand --region 'Default region / zone for buckets created without one'
            cand --replication-workers 'Replication workers'
            cand --max-connections 'Most connections open at once; when all are in use, a new client waits until one closes, and to admit it the server closes the next connection to send a response (after it) or, when none does within 1 s, one idle between requests for 100 ms or more, never cutting a request in progress; one line is logged (again only once the limit has not been reached for 10 s)'
            cand --header-timeout 'How long a request head may take once its first byte has arrived (a client trickling headers is disconnected)'
            cand --idle-timeout 'How long a connection may stay silent before it is closed: waiting for its first or next request, in the middle of a request body (answered RequestTimeout), or not reading its response'
            cand --metrics-listen 'Serve the Prometheus metrics (GET /metrics) on a listener of their own at ADDR, to anyone who reaches it; without it they are served on the S3 address to loopback clients only'
            cand --iam 'Roles and API keys bound to them, applied at start: JSON {"roles": [{"name", "id"?, "description"?, "editable"?, "labels"?, "permissions"?, "policy"}], "keys": [{"key", "secret", "role": ID|NAME, "name"?}]} (a request signed with such a key is decided by its role''s policy; see the README)'
            cand --test-replication-delay-ms 'Test-only: replication workers wait MS milliseconds before each item (to catch replication midway)'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -v 'Log one line per request'
            cand --verbose 'Log one line per request'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;demo'= {
            cand --wait-timeout 'How long to wait for replication at each step'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --pause-replication 'Start with the server''s replication paused, so that the first wait fails (for testing the demo''s own failure report)'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;completions'= {
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;man'= {
            cand --out 'Directory to write the pages into (one per subcommand); without it, the main page goes to stdout'
            cand -C 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;help'= {
            cand list 'List buckets, or objects under sos://BUCKET[/PREFIX]'
            cand mb 'Create a bucket'
            cand rb 'Delete a bucket'
            cand show 'Show an object''s or a bucket''s details, Replication Status included'
            cand upload 'Upload files'
            cand download 'Download objects'
            cand delete 'Delete objects'
            cand purge 'Delete all versions and delete markers under a bucket or prefix'
            cand presign 'Make a presigned URL for an object'
            cand setacl 'Set a bucket''s or objects'' ACL: a canned ACL, or grantees (--read, --write, --full-control, ...)'
            cand cors 'A bucket''s CORS configuration: add a rule, delete (reset) the whole configuration'
            cand move 'Move objects within a bucket or across buckets (server-side copy, then delete)'
            cand metadata 'Add or delete an object''s user metadata (a copy onto itself: a new version, which replicates)'
            cand headers 'Add or delete an object''s HTTP headers (a copy onto itself: a new version, which replicates)'
            cand bucket 'Bucket settings: versioning, Object Lock, replication'
            cand replication 'Offline replication config tools: convert, validate'
            cand iam 'Offline IAM policy tools: validate a policy, evaluate a request against it'
            cand serve 'Run the bundled local S3 server (versioning, Object Lock, real asynchronous replication)'
            cand demo 'Play the product guide''s two walk-throughs against an embedded server'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages (one per subcommand)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;help;list'= {
        }
        &'sosctl;help;mb'= {
        }
        &'sosctl;help;rb'= {
        }
        &'sosctl;help;show'= {
        }
        &'sosctl;help;upload'= {
        }
        &'sosctl;help;download'= {
        }
        &'sosctl;help;delete'= {
        }
        &'sosctl;help;purge'= {
        }
        &'sosctl;help;presign'= {
        }
        &'sosctl;help;setacl'= {
        }
        &'sosctl;help;cors'= {
            cand add 'Add a rule to a bucket''s CORS configuration (its other rules are kept)'
            cand delete 'Delete a bucket''s whole CORS configuration'
        }
        &'sosctl;help;cors;add'= {
        }
        &'sosctl;help;cors;delete'= {
        }
        &'sosctl;help;move'= {
        }
        &'sosctl;help;metadata'= {
            cand add 'Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY'
            cand delete 'Delete user metadata keys'
        }
        &'sosctl;help;metadata;add'= {
        }
        &'sosctl;help;metadata;delete'= {
        }
        &'sosctl;help;headers'= {
            cand add 'Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Content-Type, Expires'
            cand delete 'Delete HTTP headers'
        }
        &'sosctl;help;headers;add'= {
        }
        &'sosctl;help;headers;delete'= {
        }
        &'sosctl;help;bucket'= {
            cand versioning 'Bucket versioning: status, enable, suspend'
            cand object-lock 'Bucket Object Lock: status, enable (exo has no command for it)'
            cand object-ownership 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)'
            cand replication 'Bucket replication: set, show, delete, check, status, rule'
        }
        &'sosctl;help;bucket;versioning'= {
            cand status 'Print Enabled, Suspended or Disabled (never set)'
            cand enable 'Enable versioning'
            cand suspend 'Suspend versioning'
        }
        &'sosctl;help;bucket;versioning;status'= {
        }
        &'sosctl;help;bucket;versioning;enable'= {
        }
        &'sosctl;help;bucket;versioning;suspend'= {
        }
        &'sosctl;help;bucket;object-lock'= {
            cand status 'Object Lock state and default retention'
            cand enable 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
        }
        &'sosctl;help;bucket;object-lock;status'= {
        }
        &'sosctl;help;bucket;object-lock;enable'= {
        }
        &'sosctl;help;bucket;object-ownership'= {
            cand status 'Show the bucket''s Object Ownership'
            cand set 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter'
        }
        &'sosctl;help;bucket;object-ownership;status'= {
        }
        &'sosctl;help;bucket;object-ownership;set'= {
        }
        &'sosctl;help;bucket;replication'= {
            cand set 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
            cand show 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand delete 'Delete the bucket''s replication config'
            cand check 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
            cand rule 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)'
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
            cand retry 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)'
            cand diff 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)'
            cand sync 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write'
        }
        &'sosctl;help;bucket;replication;set'= {
        }
        &'sosctl;help;bucket;replication;show'= {
        }
        &'sosctl;help;bucket;replication;delete'= {
        }
        &'sosctl;help;bucket;replication;check'= {
        }
        &'sosctl;help;bucket;replication;rule'= {
            cand add 'Add a rule (creates the config when the bucket has none: --role then)'
            cand update 'Change members of a rule; the others stay as they are'
            cand enable 'Set a rule''s Status to Enabled'
            cand disable 'Set a rule''s Status to Disabled (asks first: it weakens replication)'
            cand remove 'Remove a rule (asks first: it weakens replication)'
        }
        &'sosctl;help;bucket;replication;rule;add'= {
        }
        &'sosctl;help;bucket;replication;rule;update'= {
        }
        &'sosctl;help;bucket;replication;rule;enable'= {
        }
        &'sosctl;help;bucket;replication;rule;disable'= {
        }
        &'sosctl;help;bucket;replication;rule;remove'= {
        }
        &'sosctl;help;bucket;replication;status'= {
        }
        &'sosctl;help;bucket;replication;retry'= {
        }
        &'sosctl;help;bucket;replication;diff'= {
        }
        &'sosctl;help;bucket;replication;sync'= {
        }
        &'sosctl;help;replication'= {
            cand convert 'Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected'
            cand validate 'Validate a config: every problem at once, with its path; exit 2 if any error'
        }
        &'sosctl;help;replication;convert'= {
        }
        &'sosctl;help;replication;validate'= {
        }
        &'sosctl;help;iam'= {
            cand policy 'IAM policies, offline: validate, eval'
            cand role 'IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update, delete'
            cand key 'API keys bound to a role (on `sosctl serve` only): create, list'
        }
        &'sosctl;help;iam;policy'= {
            cand validate 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error'
            cand eval 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided'
        }
        &'sosctl;help;iam;policy;validate'= {
        }
        &'sosctl;help;iam;policy;eval'= {
        }
        &'sosctl;help;iam;role'= {
            cand create 'Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions'
            cand list 'List the roles (ID, Name, Description, Editable)'
            cand show 'Show a role (by ID or name); --policy prints its policy document'
            cand update 'Update a role''s description, labels, permissions or policy (a role created with --editable=false refuses a policy update)'
            cand delete 'Delete a role (and the API keys bound to it)'
        }
        &'sosctl;help;iam;role;create'= {
        }
        &'sosctl;help;iam;role;list'= {
        }
        &'sosctl;help;iam;role;show'= {
        }
        &'sosctl;help;iam;role;update'= {
        }
        &'sosctl;help;iam;role;delete'= {
        }
        &'sosctl;help;iam;key'= {
            cand create 'Create an API key bound to a role; prints the key and its secret (shown this once only)'
            cand list 'List the API keys bound to roles (never their secrets)'
        }
        &'sosctl;help;iam;key;create'= {
        }
        &'sosctl;help;iam;key;list'= {
        }
        &'sosctl;help;serve'= {
        }
        &'sosctl;help;demo'= {
        }
        &'sosctl;help;completions'= {
        }
        &'sosctl;help;man'= {
        }
        &'sosctl;help;help'= {
        }
    ]
    $completions[$command]
}
