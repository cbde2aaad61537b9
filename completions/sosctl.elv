
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
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
            cand bucket 'Bucket settings: versioning, Object Lock, replication'
            cand replication 'Offline replication config tools: convert, validate'
            cand iam 'Offline IAM policy tools: validate a policy, evaluate a request against it'
            cand serve 'Run the bundled local S3 server (versioning, Object Lock, real asynchronous replication)'
            cand demo 'Play the product guide''s two walk-throughs against an embedded server'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages (one per subcommand)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;list'= {
            cand --page-size 'Keys per listing request (the server''s maximum is usually 1000); for tests of paging'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;ls'= {
            cand --page-size 'Keys per listing request (the server''s maximum is usually 1000); for tests of paging'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;mb'= {
            cand --acl 'Canned ACL (private, public-read, public-read-write, authenticated-read)'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;create'= {
            cand --acl 'Canned ACL (private, public-read, public-read-write, authenticated-read)'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;rb'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;show'= {
            cand --version-id 'Show this version of the object'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;upload'= {
            cand --acl 'Canned ACL for the uploaded objects'
            cand --concurrency 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 256]'
            cand --part-size 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;put'= {
            cand --acl 'Canned ACL for the uploaded objects'
            cand --concurrency 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 256]'
            cand --part-size 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;download'= {
            cand --version-id 'Download this version of the object'
            cand --concurrency 'Objects downloaded at once: pinned at N [default: adaptive, up to 256]'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Download everything under the prefix'
            cand --recursive 'Download everything under the prefix'
            cand -f 'Overwrite existing local files'
            cand --force 'Overwrite existing local files'
            cand -n 'Show what would be downloaded, download nothing'
            cand --dry-run 'Show what would be downloaded, download nothing'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;get'= {
            cand --version-id 'Download this version of the object'
            cand --concurrency 'Objects downloaded at once: pinned at N [default: adaptive, up to 256]'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Download everything under the prefix'
            cand --recursive 'Download everything under the prefix'
            cand -f 'Overwrite existing local files'
            cand --force 'Overwrite existing local files'
            cand -n 'Show what would be downloaded, download nothing'
            cand --dry-run 'Show what would be downloaded, download nothing'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;delete'= {
            cand --version-id 'Permanently delete this version (without it, a versioned bucket gets a delete marker)'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Delete everything under the prefix'
            cand --recursive 'Delete everything under the prefix'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -v 'Print each deleted key'
            cand --verbose 'Print each deleted key'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;rm'= {
            cand --version-id 'Permanently delete this version (without it, a versioned bucket gets a delete marker)'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Delete everything under the prefix'
            cand --recursive 'Delete everything under the prefix'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -v 'Print each deleted key'
            cand --verbose 'Print each deleted key'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;del'= {
            cand --version-id 'Permanently delete this version (without it, a versioned bucket gets a delete marker)'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -r 'Delete everything under the prefix'
            cand --recursive 'Delete everything under the prefix'
            cand -f 'Do not prompt'
            cand --force 'Do not prompt'
            cand -v 'Print each deleted key'
            cand --verbose 'Print each deleted key'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;purge'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;presign'= {
            cand -m 'HTTP method the URL allows'
            cand --method 'HTTP method the URL allows'
            cand -e 'Validity, e.g. 15m, 1h (at most 7 days)'
            cand --expires 'Validity, e.g. 15m, 1h (at most 7 days)'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand versioning 'Bucket versioning: status, enable, suspend'
            cand v 'Bucket versioning: status, enable, suspend'
            cand object-lock 'Bucket Object Lock: status, enable (exo has no command for it)'
            cand replication 'Bucket replication: set, show, delete, check, status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;versioning'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;v;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;versioning;enable'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;v;enable'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;versioning;suspend'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;v;suspend'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
        &'sosctl;bucket;object-lock'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Object Lock state and default retention'
            cand enable 'Enable Object Lock on an existing versioned bucket, optionally with a default retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;object-lock;status'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;object-lock;enable'= {
            cand --mode 'Default retention mode'
            cand --days 'Default retention in days'
            cand --years 'Default retention in years'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
        &'sosctl;bucket;replication'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;bucket;replication;set'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --no-check 'Skip the online prerequisite checks'
            cand -n 'Print the XML that would be sent, send nothing'
            cand --dry-run 'Print the XML that would be sent, send nothing'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;show'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;get'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;delete'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;del'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;check'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;bucket;replication;status'= {
            cand --wait-timeout 'How long --wait waits'
            cand --concurrency 'Objects HEADed at once: pinned at N [default: adaptive, up to 256]'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand --wait 'Poll until nothing is PENDING (exit 3 on timeout, 4 if any FAILED)'
            cand --failed 'List only FAILED objects'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
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
        &'sosctl;bucket;replication;help;status'= {
        }
        &'sosctl;bucket;replication;help;help'= {
        }
        &'sosctl;bucket;help'= {
            cand versioning 'Bucket versioning: status, enable, suspend'
            cand object-lock 'Bucket Object Lock: status, enable (exo has no command for it)'
            cand replication 'Bucket replication: set, show, delete, check, status'
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
        &'sosctl;bucket;help;replication'= {
            cand set 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
            cand show 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand delete 'Delete the bucket''s replication config'
            cand check 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
        }
        &'sosctl;bucket;help;replication;set'= {
        }
        &'sosctl;bucket;help;replication;show'= {
        }
        &'sosctl;bucket;help;replication;delete'= {
        }
        &'sosctl;bucket;help;replication;check'= {
        }
        &'sosctl;bucket;help;replication;status'= {
        }
        &'sosctl;bucket;help;help'= {
        }
        &'sosctl;replication'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;replication;validate'= {
            cand --source 'The source bucket, to add the source != destination check'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand policy 'IAM policies, offline: validate, eval'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;policy'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand validate 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error'
            cand eval 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sosctl;iam;policy;validate'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
        &'sosctl;iam;help'= {
            cand policy 'IAM policies, offline: validate, eval'
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
        &'sosctl;iam;help;help'= {
        }
        &'sosctl;serve'= {
            cand --listen 'Address to listen on (port 0 picks a free port)'
            cand --data-dir 'Keep data in DIR (survives restarts and crashes); without it, data lives in memory'
            cand --access-key 'Access key (env SOSCTL_SERVE_ACCESS_KEY) [default: printed at start]'
            cand --secret-key 'Secret key (env SOSCTL_SERVE_SECRET_KEY; prefer the env, flags show in `ps`) [default: the well-known local pair]'
            cand --region 'Default region / zone for buckets created without one'
            cand --replication-workers 'Replication workers'
            cand --max-connections 'Most connections open at once; when all are in use, new clients wait until one closes, and one line is logged (again only once the limit has not been reached for 10 s)'
            cand --header-timeout 'How long a request head may take once its first byte has arrived (a client trickling headers is disconnected)'
            cand --idle-timeout 'How long a connection may stay silent before it is closed: waiting for its first or next request, in the middle of a request body (answered RequestTimeout), or not reading its response'
            cand --test-replication-delay-ms 'Test-only: replication workers wait MS milliseconds before each item (to catch replication midway)'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;demo'= {
            cand --wait-timeout 'How long to wait for replication at each step'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
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
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;completions'= {
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sosctl;man'= {
            cand --out 'Directory to write the pages into (one per subcommand); without it, the main page goes to stdout'
            cand -C 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand --config 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]'
            cand -A 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand --use-account 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]'
            cand -z 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --zone 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]'
            cand --endpoint 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]'
            cand -O 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --output-format 'Output format (env SOSCTL_OUTPUT) [default: table]'
            cand --timeout 'Per-request timeout, e.g. 30s, 2m [default: 30s]'
            cand --retries 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]'
            cand -Q 'No progress bars, no non-essential output'
            cand --quiet 'No progress bars, no non-essential output'
            cand --trace 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)'
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
        &'sosctl;help;bucket'= {
            cand versioning 'Bucket versioning: status, enable, suspend'
            cand object-lock 'Bucket Object Lock: status, enable (exo has no command for it)'
            cand replication 'Bucket replication: set, show, delete, check, status'
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
        &'sosctl;help;bucket;replication'= {
            cand set 'Validate a JSON (or XML) config, check the prerequisites, and apply it'
            cand show 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)'
            cand delete 'Delete the bucket''s replication config'
            cand check 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)'
            cand status 'Per-object replication status of the current versions, with a summary; --wait for CI'
        }
        &'sosctl;help;bucket;replication;set'= {
        }
        &'sosctl;help;bucket;replication;show'= {
        }
        &'sosctl;help;bucket;replication;delete'= {
        }
        &'sosctl;help;bucket;replication;check'= {
        }
        &'sosctl;help;bucket;replication;status'= {
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
        }
        &'sosctl;help;iam;policy'= {
            cand validate 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error'
            cand eval 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided'
        }
        &'sosctl;help;iam;policy;validate'= {
        }
        &'sosctl;help;iam;policy;eval'= {
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
