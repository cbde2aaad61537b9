
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sosctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sosctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'sosctl' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List buckets, or objects under sos://BUCKET[/PREFIX]')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List buckets, or objects under sos://BUCKET[/PREFIX]')
            [CompletionResult]::new('mb', 'mb', [CompletionResultType]::ParameterValue, 'Create a bucket')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a bucket')
            [CompletionResult]::new('rb', 'rb', [CompletionResultType]::ParameterValue, 'Delete a bucket')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an object''s or a bucket''s details, Replication Status included')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload files')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download objects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download objects')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete objects')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete objects')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete objects')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete all versions and delete markers under a bucket or prefix')
            [CompletionResult]::new('presign', 'presign', [CompletionResultType]::ParameterValue, 'Make a presigned URL for an object')
            [CompletionResult]::new('setacl', 'setacl', [CompletionResultType]::ParameterValue, 'Set a bucket''s or objects'' ACL: a canned ACL, or grantees (--read, --write, --full-control, ...)')
            [CompletionResult]::new('cors', 'cors', [CompletionResultType]::ParameterValue, 'A bucket''s CORS configuration: add a rule, delete (reset) the whole configuration')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move objects within a bucket or across buckets (server-side copy, then delete)')
            [CompletionResult]::new('mv', 'mv', [CompletionResultType]::ParameterValue, 'Move objects within a bucket or across buckets (server-side copy, then delete)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Add or delete an object''s user metadata (a copy onto itself: a new version, which replicates)')
            [CompletionResult]::new('headers', 'headers', [CompletionResultType]::ParameterValue, 'Add or delete an object''s HTTP headers (a copy onto itself: a new version, which replicates)')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket settings: versioning, Object Lock, replication')
            [CompletionResult]::new('b', 'b', [CompletionResultType]::ParameterValue, 'Bucket settings: versioning, Object Lock, replication')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Offline replication config tools: convert, validate')
            [CompletionResult]::new('iam', 'iam', [CompletionResultType]::ParameterValue, 'Offline IAM policy tools: validate a policy, evaluate a request against it')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the bundled local S3 server (versioning, Object Lock, real asynchronous replication)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Play the product guide''s two walk-throughs against an embedded server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages (one per subcommand)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;list' {
            [CompletionResult]::new('--only-versions', '--only-versions', [CompletionResultType]::ParameterName, 'Only these versions: comma-separated version IDs or numbers (v3); implies --versions')
            [CompletionResult]::new('--exclude-versions', '--exclude-versions', [CompletionResultType]::ParameterName, 'All versions but these: comma-separated version IDs or numbers (v3); implies --versions')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Only objects last modified before WHEN: a duration ago (exo''s Go syntax: 30m, 1h45m, 7d) or an RFC 3339 time (2025-02-20T15:50:12Z)')
            [CompletionResult]::new('--older-than-or-equal', '--older-than-or-equal', [CompletionResultType]::ParameterName, 'Only objects last modified at or before WHEN (as --older-than)')
            [CompletionResult]::new('--newer-than', '--newer-than', [CompletionResultType]::ParameterName, 'Only objects last modified after WHEN (as --older-than)')
            [CompletionResult]::new('--newer-than-or-equal', '--newer-than-or-equal', [CompletionResultType]::ParameterName, 'Only objects last modified at or after WHEN (as --older-than)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Keys per listing request (the server''s maximum is usually 1000); for tests of paging')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'List recursively (all keys under the prefix, no directory grouping)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'List recursively (all keys under the prefix, no directory grouping)')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'List object versions (version id and vN per row)')
            [CompletionResult]::new('--delete-markers', '--delete-markers', [CompletionResultType]::ParameterName, 'With --versions, include delete markers')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Print keys as pages arrive, in constant memory')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Print keys as pages arrive, in constant memory')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'With no bucket: add each bucket''s size (the sum of its current objects), read by listing every bucket in full')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;ls' {
            [CompletionResult]::new('--only-versions', '--only-versions', [CompletionResultType]::ParameterName, 'Only these versions: comma-separated version IDs or numbers (v3); implies --versions')
            [CompletionResult]::new('--exclude-versions', '--exclude-versions', [CompletionResultType]::ParameterName, 'All versions but these: comma-separated version IDs or numbers (v3); implies --versions')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Only objects last modified before WHEN: a duration ago (exo''s Go syntax: 30m, 1h45m, 7d) or an RFC 3339 time (2025-02-20T15:50:12Z)')
            [CompletionResult]::new('--older-than-or-equal', '--older-than-or-equal', [CompletionResultType]::ParameterName, 'Only objects last modified at or before WHEN (as --older-than)')
            [CompletionResult]::new('--newer-than', '--newer-than', [CompletionResultType]::ParameterName, 'Only objects last modified after WHEN (as --older-than)')
            [CompletionResult]::new('--newer-than-or-equal', '--newer-than-or-equal', [CompletionResultType]::ParameterName, 'Only objects last modified at or after WHEN (as --older-than)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Keys per listing request (the server''s maximum is usually 1000); for tests of paging')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'List recursively (all keys under the prefix, no directory grouping)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'List recursively (all keys under the prefix, no directory grouping)')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'List object versions (version id and vN per row)')
            [CompletionResult]::new('--delete-markers', '--delete-markers', [CompletionResultType]::ParameterName, 'With --versions, include delete markers')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Print keys as pages arrive, in constant memory')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Print keys as pages arrive, in constant memory')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'With no bucket: add each bucket''s size (the sum of its current objects), read by listing every bucket in full')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;mb' {
            [CompletionResult]::new('--acl', '--acl', [CompletionResultType]::ParameterName, 'Canned ACL (private, public-read, public-read-write, authenticated-read)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--object-lock', '--object-lock', [CompletionResultType]::ParameterName, 'Create the bucket with Object Lock (and so versioning) enabled')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;create' {
            [CompletionResult]::new('--acl', '--acl', [CompletionResultType]::ParameterName, 'Canned ACL (private, public-read, public-read-write, authenticated-read)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--object-lock', '--object-lock', [CompletionResultType]::ParameterName, 'Create the bucket with Object Lock (and so versioning) enabled')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;rb' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Empty the bucket first (all versions and delete markers)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Empty the bucket first (all versions and delete markers)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;show' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Show this version of the object')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Also show every raw response header of the object (Raw Headers)')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;upload' {
            [CompletionResult]::new('--acl', '--acl', [CompletionResultType]::ParameterName, 'Canned ACL for the uploaded objects')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 512]')
            [CompletionResult]::new('--part-size', '--part-size', [CompletionResultType]::ParameterName, 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show what would be uploaded, upload nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be uploaded, upload nothing')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;put' {
            [CompletionResult]::new('--acl', '--acl', [CompletionResultType]::ParameterName, 'Canned ACL for the uploaded objects')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 512]')
            [CompletionResult]::new('--part-size', '--part-size', [CompletionResultType]::ParameterName, 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Upload directories recursively (rsync-like: `dir/` uploads the contents of dir)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show what would be uploaded, upload nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be uploaded, upload nothing')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;download' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Download this version of the object')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects downloaded at once: pinned at N [default: adaptive, up to 512]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Download everything under the prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Download everything under the prefix, subdirectories included')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Overwrite existing local files')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing local files')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show what would be downloaded, download nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be downloaded, download nothing')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;get' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Download this version of the object')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects downloaded at once: pinned at N [default: adaptive, up to 512]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Download everything under the prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Download everything under the prefix, subdirectories included')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Overwrite existing local files')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing local files')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show what would be downloaded, download nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be downloaded, download nothing')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;delete' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Permanently delete this version (without it, a versioned bucket gets a delete marker)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;rm' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Permanently delete this version (without it, a versioned bucket gets a delete marker)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;del' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Permanently delete this version (without it, a versioned bucket gets a delete marker)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Delete everything under the prefix (without it, sos://BUCKET/PREFIX/ deletes the objects directly under PREFIX/, as exo does)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;purge' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each deleted version')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each deleted version')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;presign' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'HTTP method the URL allows')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP method the URL allows')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Validity, a Go-style duration as exo takes it: 90s, 15m, 1h45m (at most 7 days: 168h or 7d)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Validity, a Go-style duration as exo takes it: 90s, 15m, 1h45m (at most 7 days: 168h or 7d)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;setacl' {
            [CompletionResult]::new('--read', '--read', [CompletionResultType]::ParameterName, 'Grantee of READ')
            [CompletionResult]::new('--write', '--write', [CompletionResultType]::ParameterName, 'Grantee of WRITE')
            [CompletionResult]::new('--read-acp', '--read-acp', [CompletionResultType]::ParameterName, 'Grantee of READ_ACP')
            [CompletionResult]::new('--write-acp', '--write-acp', [CompletionResultType]::ParameterName, 'Grantee of WRITE_ACP')
            [CompletionResult]::new('--full-control', '--full-control', [CompletionResultType]::ParameterName, 'Grantee of FULL_CONTROL')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;cors' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule to a bucket''s CORS configuration (its other rules are kept)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a bucket''s whole CORS configuration')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete a bucket''s whole CORS configuration')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete a bucket''s whole CORS configuration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;cors;add' {
            [CompletionResult]::new('--allowed-origin', '--allowed-origin', [CompletionResultType]::ParameterName, 'Allowed origin, e.g. https://my-website.net or https://*.example.net (repeat it, or separate with commas)')
            [CompletionResult]::new('--allowed-method', '--allowed-method', [CompletionResultType]::ParameterName, 'Allowed method: GET, PUT, HEAD, POST, DELETE, or * for all five (repeat it, or separate with commas)')
            [CompletionResult]::new('--allowed-header', '--allowed-header', [CompletionResultType]::ParameterName, 'Header a preflight may ask for, e.g. content-type or x-amz-* (repeat it, or separate with commas)')
            [CompletionResult]::new('--expose-header', '--expose-header', [CompletionResultType]::ParameterName, 'Response header browsers let scripts read, e.g. ETag (repeat it, or separate with commas)')
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'How long browsers may cache the preflight''s answer, in seconds')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID (at most 255 characters)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;cors;delete' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;cors;del' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;cors;reset' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;cors;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule to a bucket''s CORS configuration (its other rules are kept)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a bucket''s whole CORS configuration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;cors;help;add' {
            break
        }
        'sosctl;cors;help;delete' {
            break
        }
        'sosctl;cors;help;help' {
            break
        }
        'sosctl;move' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Every object under the source prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Every object under the source prefix, subdirectories included')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask before moving a prefix')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask before moving a prefix')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print what would move, move nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would move, move nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each object moved')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each object moved')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;mv' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Every object under the source prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Every object under the source prefix, subdirectories included')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask before moving a prefix')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask before moving a prefix')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print what would move, move nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would move, move nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each object moved')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each object moved')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;metadata' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete user metadata keys')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete user metadata keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;metadata;add' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;metadata;delete' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;metadata;del' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;metadata;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete user metadata keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;metadata;help;add' {
            break
        }
        'sosctl;metadata;help;delete' {
            break
        }
        'sosctl;metadata;help;help' {
            break
        }
        'sosctl;headers' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Content-Type, Expires')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete HTTP headers')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete HTTP headers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;headers;add' {
            [CompletionResult]::new('--cache-control', '--cache-control', [CompletionResultType]::ParameterName, 'Value of Cache-Control')
            [CompletionResult]::new('--content-disposition', '--content-disposition', [CompletionResultType]::ParameterName, 'Value of Content-Disposition')
            [CompletionResult]::new('--content-encoding', '--content-encoding', [CompletionResultType]::ParameterName, 'Value of Content-Encoding')
            [CompletionResult]::new('--content-language', '--content-language', [CompletionResultType]::ParameterName, 'Value of Content-Language')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Value of Content-Type')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Value of Expires (an HTTP date, e.g. `Wed, 21 Oct 2026 07:28:00 GMT`)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;headers;delete' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--cache-control', '--cache-control', [CompletionResultType]::ParameterName, 'Remove Cache-Control')
            [CompletionResult]::new('--content-disposition', '--content-disposition', [CompletionResultType]::ParameterName, 'Remove Content-Disposition')
            [CompletionResult]::new('--content-encoding', '--content-encoding', [CompletionResultType]::ParameterName, 'Remove Content-Encoding')
            [CompletionResult]::new('--content-language', '--content-language', [CompletionResultType]::ParameterName, 'Remove Content-Language')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Remove Content-Type (the server then gives its default, binary/octet-stream on S3)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Remove Expires')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;headers;del' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--cache-control', '--cache-control', [CompletionResultType]::ParameterName, 'Remove Cache-Control')
            [CompletionResult]::new('--content-disposition', '--content-disposition', [CompletionResultType]::ParameterName, 'Remove Content-Disposition')
            [CompletionResult]::new('--content-encoding', '--content-encoding', [CompletionResultType]::ParameterName, 'Remove Content-Encoding')
            [CompletionResult]::new('--content-language', '--content-language', [CompletionResultType]::ParameterName, 'Remove Content-Language')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Remove Content-Type (the server then gives its default, binary/octet-stream on S3)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Remove Expires')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Every object under the prefix, subdirectories included')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;headers;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Content-Type, Expires')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete HTTP headers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;headers;help;add' {
            break
        }
        'sosctl;headers;help;delete' {
            break
        }
        'sosctl;headers;help;help' {
            break
        }
        'sosctl;bucket' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('versioning', 'versioning', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('v', 'v', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('object-lock', 'object-lock', [CompletionResultType]::ParameterValue, 'Bucket Object Lock: status, enable (exo has no command for it)')
            [CompletionResult]::new('object-ownership', 'object-ownership', [CompletionResultType]::ParameterValue, 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Bucket replication: set, show, delete, check, status, rule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('versioning', 'versioning', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('v', 'v', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('object-lock', 'object-lock', [CompletionResultType]::ParameterValue, 'Bucket Object Lock: status, enable (exo has no command for it)')
            [CompletionResult]::new('object-ownership', 'object-ownership', [CompletionResultType]::ParameterValue, 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Bucket replication: set, show, delete, check, status, rule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;versioning' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;v' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;versioning;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;v;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;versioning;enable' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;v;enable' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;versioning;suspend' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;v;suspend' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;versioning;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;versioning;help;status' {
            break
        }
        'sosctl;bucket;versioning;help;enable' {
            break
        }
        'sosctl;bucket;versioning;help;suspend' {
            break
        }
        'sosctl;bucket;versioning;help;help' {
            break
        }
        'sosctl;bucket;v;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;v;help;status' {
            break
        }
        'sosctl;bucket;v;help;enable' {
            break
        }
        'sosctl;bucket;v;help;suspend' {
            break
        }
        'sosctl;bucket;v;help;help' {
            break
        }
        'sosctl;b;versioning' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;v' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;versioning;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;v;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;versioning;enable' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;v;enable' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;versioning;suspend' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;v;suspend' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;versioning;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;versioning;help;status' {
            break
        }
        'sosctl;b;versioning;help;enable' {
            break
        }
        'sosctl;b;versioning;help;suspend' {
            break
        }
        'sosctl;b;versioning;help;help' {
            break
        }
        'sosctl;b;v;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;v;help;status' {
            break
        }
        'sosctl;b;v;help;enable' {
            break
        }
        'sosctl;b;v;help;suspend' {
            break
        }
        'sosctl;b;v;help;help' {
            break
        }
        'sosctl;bucket;object-lock' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Object Lock state and default retention')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable Object Lock on an existing versioned bucket, optionally with a default retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;object-lock;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;object-lock;enable' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Default retention mode')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Default retention in days')
            [CompletionResult]::new('--years', '--years', [CompletionResultType]::ParameterName, 'Default retention in years')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;object-lock;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Object Lock state and default retention')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable Object Lock on an existing versioned bucket, optionally with a default retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;object-lock;help;status' {
            break
        }
        'sosctl;bucket;object-lock;help;enable' {
            break
        }
        'sosctl;bucket;object-lock;help;help' {
            break
        }
        'sosctl;b;object-lock' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Object Lock state and default retention')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable Object Lock on an existing versioned bucket, optionally with a default retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;object-lock;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;object-lock;enable' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Default retention mode')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Default retention in days')
            [CompletionResult]::new('--years', '--years', [CompletionResultType]::ParameterName, 'Default retention in years')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;object-lock;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Object Lock state and default retention')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable Object Lock on an existing versioned bucket, optionally with a default retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;object-lock;help;status' {
            break
        }
        'sosctl;b;object-lock;help;enable' {
            break
        }
        'sosctl;b;object-lock;help;help' {
            break
        }
        'sosctl;bucket;object-ownership' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the bucket''s Object Ownership')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;object-ownership;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;object-ownership;set' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;object-ownership;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the bucket''s Object Ownership')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;object-ownership;help;status' {
            break
        }
        'sosctl;bucket;object-ownership;help;set' {
            break
        }
        'sosctl;bucket;object-ownership;help;help' {
            break
        }
        'sosctl;b;object-ownership' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the bucket''s Object Ownership')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;object-ownership;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;object-ownership;set' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;object-ownership;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the bucket''s Object Ownership')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;object-ownership;help;status' {
            break
        }
        'sosctl;b;object-ownership;help;set' {
            break
        }
        'sosctl;b;object-ownership;help;help' {
            break
        }
        'sosctl;bucket;replication' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate a JSON (or XML) config, check the prerequisites, and apply it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;replication;set' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The IAM policy of the config''s Role: refuse (exit 2) when it denies an operation replication performs, as `bucket replication check --policy` reports it (checked with the prerequisites; not with --no-check)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;show' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Show only the rule with this ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--xml', '--xml', [CompletionResultType]::ParameterName, 'Print the raw wire XML')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;get' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Show only the rule with this ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--xml', '--xml', [CompletionResultType]::ParameterName, 'Print the raw wire XML')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;delete' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;del' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;check' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The IAM policy of the config''s Role: a row per operation replication performs on each bucket (PASS/FAIL, the policy rule that decided, the rule to add when denied)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;rule' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (creates the config when the bucket has none: --role then)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change members of a rule; the others stay as they are')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Enabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Disabled (asks first: it weakens replication)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;replication;rule;add' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The new rule''s ID')
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'Destination bucket (plain name or arn:aws:s3:::NAME)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Replicate only keys under this prefix ("" for every key)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Replicate only objects with this tag (repeatable; on update, replaces the rule''s tags)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority among the rules (higher wins)')
            [CompletionResult]::new('--delete-marker-replication', '--delete-marker-replication', [CompletionResultType]::ParameterName, 'Replicate delete markers')
            [CompletionResult]::new('--storage-class', '--storage-class', [CompletionResultType]::ParameterName, 'Storage class of the replicas')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The IAM role (UUID on Exoscale, ARN on AWS); only when the bucket has no config yet')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Add the rule with Status Disabled')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;rule;update' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'Destination bucket (plain name or arn:aws:s3:::NAME)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Replicate only keys under this prefix ("" for every key)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Replicate only objects with this tag (repeatable; on update, replaces the rule''s tags)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority among the rules (higher wins)')
            [CompletionResult]::new('--delete-marker-replication', '--delete-marker-replication', [CompletionResultType]::ParameterName, 'Replicate delete markers')
            [CompletionResult]::new('--storage-class', '--storage-class', [CompletionResultType]::ParameterName, 'Storage class of the replicas')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;rule;enable' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;rule;disable' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;rule;remove' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;rule;rm' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;rule;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (creates the config when the bucket has none: --role then)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change members of a rule; the others stay as they are')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Enabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Disabled (asks first: it weakens replication)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;replication;rule;help;add' {
            break
        }
        'sosctl;bucket;replication;rule;help;update' {
            break
        }
        'sosctl;bucket;replication;rule;help;enable' {
            break
        }
        'sosctl;bucket;replication;rule;help;disable' {
            break
        }
        'sosctl;bucket;replication;rule;help;remove' {
            break
        }
        'sosctl;bucket;replication;rule;help;help' {
            break
        }
        'sosctl;bucket;replication;status' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait waits')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects HEADed at once: pinned at N [default: adaptive, up to 512]')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Live view refreshed every INTERVAL (default 2s): in place on a terminal, timestamped lines when piped')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Poll until nothing is PENDING (exit 3 on timeout, 4 if any FAILED)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Only the per-status and per-destination summary, no row per object')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'List the PENDING objects (filters combine: any of them)')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'List the FAILED objects, with the reason when the server gives one')
            [CompletionResult]::new('--completed', '--completed', [CompletionResultType]::ParameterName, 'List the COMPLETED objects')
            [CompletionResult]::new('--replica', '--replica', [CompletionResultType]::ParameterName, 'List the REPLICA objects (written by replication)')
            [CompletionResult]::new('--none', '--none', [CompletionResultType]::ParameterName, 'List the objects without a status (no rule selected them, or written before the rule)')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'Every version, not only the current ones (delete markers are counted apart)')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;retry' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;diff' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Compare with this one bucket, every key under the prefix, instead of the destinations of the source''s replication rules (a plain bucket-to-bucket compare; delete markers are not replicated)')
            [CompletionResult]::new('--to-endpoint', '--to-endpoint', [CompletionResultType]::ParameterName, 'The --to bucket is on this other S3 endpoint (same credentials and zone), e.g. another server')
            [CompletionResult]::new('--shard', '--shard', [CompletionResultType]::ParameterName, 'Only the keys of shard I of N (0 ≤ I < N), by a stable hash of the key (FNV-1a 64 mod N)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Pin the requests in flight (HEADs, content reads, copies) at N; without it they adapt to the link (up to 512)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'Compare latest versions with ListObjectVersions (version ids, delete markers on both sides)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'Compare the contents where ETags cannot tell (multipart uploads): stored checksums when both sides have one of the same kind, else a SHA-256 of both bodies, streamed')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'List every differing key in the table output too (JSON and text always list them)')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;sync' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Compare with this one bucket, every key under the prefix, instead of the destinations of the source''s replication rules (a plain bucket-to-bucket compare; delete markers are not replicated)')
            [CompletionResult]::new('--to-endpoint', '--to-endpoint', [CompletionResultType]::ParameterName, 'The --to bucket is on this other S3 endpoint (same credentials and zone), e.g. another server')
            [CompletionResult]::new('--shard', '--shard', [CompletionResultType]::ParameterName, 'Only the keys of shard I of N (0 ≤ I < N), by a stable hash of the key (FNV-1a 64 mod N)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Pin the requests in flight (HEADs, content reads, copies) at N; without it they adapt to the link (up to 512)')
            [CompletionResult]::new('--test-copy-part-size', '--test-copy-part-size', [CompletionResultType]::ParameterName, 'Test-only: a server-side copy of an object above SIZE is a multipart copy (UploadPartCopy) in parts of SIZE, instead of above 5 GiB in parts of 512 MiB (so that the tests exercise it with a few MiB; the destination still refuses parts below 5 MiB but the last)')
            [CompletionResult]::new('--test-part-delay-ms', '--test-part-delay-ms', [CompletionResultType]::ParameterName, 'Test-only: wait MS milliseconds before each part of a multipart copy (to catch one midway)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'Compare latest versions with ListObjectVersions (version ids, delete markers on both sides)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'Compare the contents where ETags cannot tell (multipart uploads): stored checksums when both sides have one of the same kind, else a SHA-256 of both bodies, streamed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (what would be copied or deleted), change nothing')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Only the objects whose source replication status is FAILED')
            [CompletionResult]::new('--delete-extra', '--delete-extra', [CompletionResultType]::ParameterName, 'Also delete the objects only the destination holds (asks on a terminal; -f in scripts)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask before --delete-extra deletes')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask before --delete-extra deletes')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate a JSON (or XML) config, check the prerequisites, and apply it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;replication;help;set' {
            break
        }
        'sosctl;bucket;replication;help;show' {
            break
        }
        'sosctl;bucket;replication;help;delete' {
            break
        }
        'sosctl;bucket;replication;help;check' {
            break
        }
        'sosctl;bucket;replication;help;rule' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (creates the config when the bucket has none: --role then)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change members of a rule; the others stay as they are')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Enabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Disabled (asks first: it weakens replication)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            break
        }
        'sosctl;bucket;replication;help;rule;add' {
            break
        }
        'sosctl;bucket;replication;help;rule;update' {
            break
        }
        'sosctl;bucket;replication;help;rule;enable' {
            break
        }
        'sosctl;bucket;replication;help;rule;disable' {
            break
        }
        'sosctl;bucket;replication;help;rule;remove' {
            break
        }
        'sosctl;bucket;replication;help;status' {
            break
        }
        'sosctl;bucket;replication;help;retry' {
            break
        }
        'sosctl;bucket;replication;help;diff' {
            break
        }
        'sosctl;bucket;replication;help;sync' {
            break
        }
        'sosctl;bucket;replication;help;help' {
            break
        }
        'sosctl;b;replication' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate a JSON (or XML) config, check the prerequisites, and apply it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;replication;set' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The IAM policy of the config''s Role: refuse (exit 2) when it denies an operation replication performs, as `bucket replication check --policy` reports it (checked with the prerequisites; not with --no-check)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;show' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Show only the rule with this ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--xml', '--xml', [CompletionResultType]::ParameterName, 'Print the raw wire XML')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;get' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Show only the rule with this ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--xml', '--xml', [CompletionResultType]::ParameterName, 'Print the raw wire XML')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;delete' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;del' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;check' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The IAM policy of the config''s Role: a row per operation replication performs on each bucket (PASS/FAIL, the policy rule that decided, the rule to add when denied)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;rule' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (creates the config when the bucket has none: --role then)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change members of a rule; the others stay as they are')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Enabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Disabled (asks first: it weakens replication)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;replication;rule;add' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The new rule''s ID')
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'Destination bucket (plain name or arn:aws:s3:::NAME)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Replicate only keys under this prefix ("" for every key)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Replicate only objects with this tag (repeatable; on update, replaces the rule''s tags)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority among the rules (higher wins)')
            [CompletionResult]::new('--delete-marker-replication', '--delete-marker-replication', [CompletionResultType]::ParameterName, 'Replicate delete markers')
            [CompletionResult]::new('--storage-class', '--storage-class', [CompletionResultType]::ParameterName, 'Storage class of the replicas')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The IAM role (UUID on Exoscale, ARN on AWS); only when the bucket has no config yet')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Add the rule with Status Disabled')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;rule;update' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'Destination bucket (plain name or arn:aws:s3:::NAME)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Replicate only keys under this prefix ("" for every key)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Replicate only objects with this tag (repeatable; on update, replaces the rule''s tags)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority among the rules (higher wins)')
            [CompletionResult]::new('--delete-marker-replication', '--delete-marker-replication', [CompletionResultType]::ParameterName, 'Replicate delete markers')
            [CompletionResult]::new('--storage-class', '--storage-class', [CompletionResultType]::ParameterName, 'Storage class of the replicas')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;rule;enable' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;rule;disable' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;rule;remove' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;rule;rm' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rule''s ID')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the changes and the XML that would be sent, send nothing')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply changes that remove or weaken replication without asking')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;rule;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (creates the config when the bucket has none: --role then)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change members of a rule; the others stay as they are')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Enabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Disabled (asks first: it weakens replication)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;replication;rule;help;add' {
            break
        }
        'sosctl;b;replication;rule;help;update' {
            break
        }
        'sosctl;b;replication;rule;help;enable' {
            break
        }
        'sosctl;b;replication;rule;help;disable' {
            break
        }
        'sosctl;b;replication;rule;help;remove' {
            break
        }
        'sosctl;b;replication;rule;help;help' {
            break
        }
        'sosctl;b;replication;status' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait waits')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects HEADed at once: pinned at N [default: adaptive, up to 512]')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Live view refreshed every INTERVAL (default 2s): in place on a terminal, timestamped lines when piped')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Poll until nothing is PENDING (exit 3 on timeout, 4 if any FAILED)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Only the per-status and per-destination summary, no row per object')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'List the PENDING objects (filters combine: any of them)')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'List the FAILED objects, with the reason when the server gives one')
            [CompletionResult]::new('--completed', '--completed', [CompletionResultType]::ParameterName, 'List the COMPLETED objects')
            [CompletionResult]::new('--replica', '--replica', [CompletionResultType]::ParameterName, 'List the REPLICA objects (written by replication)')
            [CompletionResult]::new('--none', '--none', [CompletionResultType]::ParameterName, 'List the objects without a status (no rule selected them, or written before the rule)')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'Every version, not only the current ones (delete markers are counted apart)')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;retry' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;diff' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Compare with this one bucket, every key under the prefix, instead of the destinations of the source''s replication rules (a plain bucket-to-bucket compare; delete markers are not replicated)')
            [CompletionResult]::new('--to-endpoint', '--to-endpoint', [CompletionResultType]::ParameterName, 'The --to bucket is on this other S3 endpoint (same credentials and zone), e.g. another server')
            [CompletionResult]::new('--shard', '--shard', [CompletionResultType]::ParameterName, 'Only the keys of shard I of N (0 ≤ I < N), by a stable hash of the key (FNV-1a 64 mod N)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Pin the requests in flight (HEADs, content reads, copies) at N; without it they adapt to the link (up to 512)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'Compare latest versions with ListObjectVersions (version ids, delete markers on both sides)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'Compare the contents where ETags cannot tell (multipart uploads): stored checksums when both sides have one of the same kind, else a SHA-256 of both bodies, streamed')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'List every differing key in the table output too (JSON and text always list them)')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;sync' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Compare with this one bucket, every key under the prefix, instead of the destinations of the source''s replication rules (a plain bucket-to-bucket compare; delete markers are not replicated)')
            [CompletionResult]::new('--to-endpoint', '--to-endpoint', [CompletionResultType]::ParameterName, 'The --to bucket is on this other S3 endpoint (same credentials and zone), e.g. another server')
            [CompletionResult]::new('--shard', '--shard', [CompletionResultType]::ParameterName, 'Only the keys of shard I of N (0 ≤ I < N), by a stable hash of the key (FNV-1a 64 mod N)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Pin the requests in flight (HEADs, content reads, copies) at N; without it they adapt to the link (up to 512)')
            [CompletionResult]::new('--test-copy-part-size', '--test-copy-part-size', [CompletionResultType]::ParameterName, 'Test-only: a server-side copy of an object above SIZE is a multipart copy (UploadPartCopy) in parts of SIZE, instead of above 5 GiB in parts of 512 MiB (so that the tests exercise it with a few MiB; the destination still refuses parts below 5 MiB but the last)')
            [CompletionResult]::new('--test-part-delay-ms', '--test-part-delay-ms', [CompletionResultType]::ParameterName, 'Test-only: wait MS milliseconds before each part of a multipart copy (to catch one midway)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'Compare latest versions with ListObjectVersions (version ids, delete markers on both sides)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'Compare the contents where ETags cannot tell (multipart uploads): stored checksums when both sides have one of the same kind, else a SHA-256 of both bodies, streamed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (what would be copied or deleted), change nothing')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Only the objects whose source replication status is FAILED')
            [CompletionResult]::new('--delete-extra', '--delete-extra', [CompletionResultType]::ParameterName, 'Also delete the objects only the destination holds (asks on a terminal; -f in scripts)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask before --delete-extra deletes')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask before --delete-extra deletes')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;b;replication;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate a JSON (or XML) config, check the prerequisites, and apply it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;replication;help;set' {
            break
        }
        'sosctl;b;replication;help;show' {
            break
        }
        'sosctl;b;replication;help;delete' {
            break
        }
        'sosctl;b;replication;help;check' {
            break
        }
        'sosctl;b;replication;help;rule' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (creates the config when the bucket has none: --role then)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change members of a rule; the others stay as they are')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Enabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Disabled (asks first: it weakens replication)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            break
        }
        'sosctl;b;replication;help;rule;add' {
            break
        }
        'sosctl;b;replication;help;rule;update' {
            break
        }
        'sosctl;b;replication;help;rule;enable' {
            break
        }
        'sosctl;b;replication;help;rule;disable' {
            break
        }
        'sosctl;b;replication;help;rule;remove' {
            break
        }
        'sosctl;b;replication;help;status' {
            break
        }
        'sosctl;b;replication;help;retry' {
            break
        }
        'sosctl;b;replication;help;diff' {
            break
        }
        'sosctl;b;replication;help;sync' {
            break
        }
        'sosctl;b;replication;help;help' {
            break
        }
        'sosctl;bucket;help' {
            [CompletionResult]::new('versioning', 'versioning', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('object-lock', 'object-lock', [CompletionResultType]::ParameterValue, 'Bucket Object Lock: status, enable (exo has no command for it)')
            [CompletionResult]::new('object-ownership', 'object-ownership', [CompletionResultType]::ParameterValue, 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Bucket replication: set, show, delete, check, status, rule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;help;versioning' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            break
        }
        'sosctl;bucket;help;versioning;status' {
            break
        }
        'sosctl;bucket;help;versioning;enable' {
            break
        }
        'sosctl;bucket;help;versioning;suspend' {
            break
        }
        'sosctl;bucket;help;object-lock' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Object Lock state and default retention')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable Object Lock on an existing versioned bucket, optionally with a default retention')
            break
        }
        'sosctl;bucket;help;object-lock;status' {
            break
        }
        'sosctl;bucket;help;object-lock;enable' {
            break
        }
        'sosctl;bucket;help;object-ownership' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the bucket''s Object Ownership')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter')
            break
        }
        'sosctl;bucket;help;object-ownership;status' {
            break
        }
        'sosctl;bucket;help;object-ownership;set' {
            break
        }
        'sosctl;bucket;help;replication' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate a JSON (or XML) config, check the prerequisites, and apply it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write')
            break
        }
        'sosctl;bucket;help;replication;set' {
            break
        }
        'sosctl;bucket;help;replication;show' {
            break
        }
        'sosctl;bucket;help;replication;delete' {
            break
        }
        'sosctl;bucket;help;replication;check' {
            break
        }
        'sosctl;bucket;help;replication;rule' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (creates the config when the bucket has none: --role then)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change members of a rule; the others stay as they are')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Enabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Disabled (asks first: it weakens replication)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            break
        }
        'sosctl;bucket;help;replication;rule;add' {
            break
        }
        'sosctl;bucket;help;replication;rule;update' {
            break
        }
        'sosctl;bucket;help;replication;rule;enable' {
            break
        }
        'sosctl;bucket;help;replication;rule;disable' {
            break
        }
        'sosctl;bucket;help;replication;rule;remove' {
            break
        }
        'sosctl;bucket;help;replication;status' {
            break
        }
        'sosctl;bucket;help;replication;retry' {
            break
        }
        'sosctl;bucket;help;replication;diff' {
            break
        }
        'sosctl;bucket;help;replication;sync' {
            break
        }
        'sosctl;bucket;help;help' {
            break
        }
        'sosctl;b;help' {
            [CompletionResult]::new('versioning', 'versioning', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('object-lock', 'object-lock', [CompletionResultType]::ParameterValue, 'Bucket Object Lock: status, enable (exo has no command for it)')
            [CompletionResult]::new('object-ownership', 'object-ownership', [CompletionResultType]::ParameterValue, 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Bucket replication: set, show, delete, check, status, rule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;b;help;versioning' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            break
        }
        'sosctl;b;help;versioning;status' {
            break
        }
        'sosctl;b;help;versioning;enable' {
            break
        }
        'sosctl;b;help;versioning;suspend' {
            break
        }
        'sosctl;b;help;object-lock' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Object Lock state and default retention')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable Object Lock on an existing versioned bucket, optionally with a default retention')
            break
        }
        'sosctl;b;help;object-lock;status' {
            break
        }
        'sosctl;b;help;object-lock;enable' {
            break
        }
        'sosctl;b;help;object-ownership' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the bucket''s Object Ownership')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter')
            break
        }
        'sosctl;b;help;object-ownership;status' {
            break
        }
        'sosctl;b;help;object-ownership;set' {
            break
        }
        'sosctl;b;help;replication' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate a JSON (or XML) config, check the prerequisites, and apply it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write')
            break
        }
        'sosctl;b;help;replication;set' {
            break
        }
        'sosctl;b;help;replication;show' {
            break
        }
        'sosctl;b;help;replication;delete' {
            break
        }
        'sosctl;b;help;replication;check' {
            break
        }
        'sosctl;b;help;replication;rule' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (creates the config when the bucket has none: --role then)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change members of a rule; the others stay as they are')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Enabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Disabled (asks first: it weakens replication)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            break
        }
        'sosctl;b;help;replication;rule;add' {
            break
        }
        'sosctl;b;help;replication;rule;update' {
            break
        }
        'sosctl;b;help;replication;rule;enable' {
            break
        }
        'sosctl;b;help;replication;rule;disable' {
            break
        }
        'sosctl;b;help;replication;rule;remove' {
            break
        }
        'sosctl;b;help;replication;status' {
            break
        }
        'sosctl;b;help;replication;retry' {
            break
        }
        'sosctl;b;help;replication;diff' {
            break
        }
        'sosctl;b;help;replication;sync' {
            break
        }
        'sosctl;b;help;help' {
            break
        }
        'sosctl;replication' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a config: every problem at once, with its path; exit 2 if any error')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;replication;convert' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;replication;validate' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The source bucket, to add the source != destination check (required with --policy)')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The IAM policy of the config''s Role: check that it allows what replication performs (one PASS/FAIL row per operation and bucket, with the rule to add when denied; exit 2 on a FAIL)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;replication;help' {
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a config: every problem at once, with its path; exit 2 if any error')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;replication;help;convert' {
            break
        }
        'sosctl;replication;help;validate' {
            break
        }
        'sosctl;replication;help;help' {
            break
        }
        'sosctl;iam' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'IAM policies, offline: validate, eval')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update, delete')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'API keys bound to a role (on `sosctl serve` only): create, list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;iam;policy' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error')
            [CompletionResult]::new('eval', 'eval', [CompletionResultType]::ParameterValue, 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;iam;policy;validate' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;iam;policy;eval' {
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'The SOS operation, e.g. get-object, put-object, delete-object (an unknown name is warned about)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'The bucket (parameters.bucket)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The object key (parameters.key) [default: none: parameters has no key]')
            [CompletionResult]::new('--source-ip', '--source-ip', [CompletionResultType]::ParameterName, 'The client''s address (source_ip), IPv4 or IPv6')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The API key making the request (api_key, identity.key) [default: none: an anonymous request]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The time of the request (now), RFC 3339, e.g. 2025-02-20T15:50:12Z [default: the current time]')
            [CompletionResult]::new('--org-policy', '--org-policy', [CompletionResultType]::ParameterName, 'The organization policy, which the request must pass too (file, or - for stdin) [default: allow-all]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;iam;policy;help' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error')
            [CompletionResult]::new('eval', 'eval', [CompletionResultType]::ParameterValue, 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;iam;policy;help;validate' {
            break
        }
        'sosctl;iam;policy;help;eval' {
            break
        }
        'sosctl;iam;policy;help;help' {
            break
        }
        'sosctl;iam;role' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles (ID, Name, Description, Editable)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role (by ID or name); --policy prints its policy document')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a role''s description, labels, permissions or policy (a role created with --editable=false refuses a policy update)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role (and the API keys bound to it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;iam;role;create' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'IAM policy file, or - for stdin [default: allow-all]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Role description')
            [CompletionResult]::new('--editable', '--editable', [CompletionResultType]::ParameterName, 'Whether the policy may be updated later (fixed at creation)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label (repeatable)')
            [CompletionResult]::new('--permissions', '--permissions', [CompletionResultType]::ParameterName, 'Role permissions, comma-separated: bypass-governance-retention, reset-iam-organization-policy')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;iam;role;list' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;iam;role;show' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'Print the policy document (JSON) instead of the role')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;iam;role;update' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'New IAM policy file, or - for stdin')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Labels, replacing the role''s (repeatable)')
            [CompletionResult]::new('--permissions', '--permissions', [CompletionResultType]::ParameterName, 'Permissions, replacing the role''s, comma-separated')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;iam;role;delete' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;iam;role;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles (ID, Name, Description, Editable)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role (by ID or name); --policy prints its policy document')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a role''s description, labels, permissions or policy (a role created with --editable=false refuses a policy update)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role (and the API keys bound to it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;iam;role;help;create' {
            break
        }
        'sosctl;iam;role;help;list' {
            break
        }
        'sosctl;iam;role;help;show' {
            break
        }
        'sosctl;iam;role;help;update' {
            break
        }
        'sosctl;iam;role;help;delete' {
            break
        }
        'sosctl;iam;role;help;help' {
            break
        }
        'sosctl;iam;key' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key bound to a role; prints the key and its secret (shown this once only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the API keys bound to roles (never their secrets)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;iam;key;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role (ID or name) whose policy decides the key''s requests')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the key')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;iam;key;list' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;iam;key;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key bound to a role; prints the key and its secret (shown this once only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the API keys bound to roles (never their secrets)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;iam;key;help;create' {
            break
        }
        'sosctl;iam;key;help;list' {
            break
        }
        'sosctl;iam;key;help;help' {
            break
        }
        'sosctl;iam;help' {
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'IAM policies, offline: validate, eval')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update, delete')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'API keys bound to a role (on `sosctl serve` only): create, list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;iam;help;policy' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error')
            [CompletionResult]::new('eval', 'eval', [CompletionResultType]::ParameterValue, 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided')
            break
        }
        'sosctl;iam;help;policy;validate' {
            break
        }
        'sosctl;iam;help;policy;eval' {
            break
        }
        'sosctl;iam;help;role' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles (ID, Name, Description, Editable)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role (by ID or name); --policy prints its policy document')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a role''s description, labels, permissions or policy (a role created with --editable=false refuses a policy update)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role (and the API keys bound to it)')
            break
        }
        'sosctl;iam;help;role;create' {
            break
        }
        'sosctl;iam;help;role;list' {
            break
        }
        'sosctl;iam;help;role;show' {
            break
        }
        'sosctl;iam;help;role;update' {
            break
        }
        'sosctl;iam;help;role;delete' {
            break
        }
        'sosctl;iam;help;key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key bound to a role; prints the key and its secret (shown this once only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the API keys bound to roles (never their secrets)')
            break
        }
        'sosctl;iam;help;key;create' {
            break
        }
        'sosctl;iam;help;key;list' {
            break
        }
        'sosctl;iam;help;help' {
            break
        }
        'sosctl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep data in DIR (survives restarts and crashes); without it, data lives in memory')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'Access key (env SOSCTL_SERVE_ACCESS_KEY) [default: printed at start]')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'Secret key (env SOSCTL_SERVE_SECRET_KEY; prefer the env, flags show in `ps`) [default: the well-known local pair]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region / zone for buckets created without one')
            [CompletionResult]::new('--replication-workers', '--replication-workers', [CompletionResultType]::ParameterName, 'Replication workers')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Most connections open at once; when all are in use, a new client waits until one closes, and to admit it the server closes the next connection to send a response (after it) or, when none does within 1 s, one idle between requests for 100 ms or more, never cutting a request in progress; one line is logged (again only once the limit has not been reached for 10 s)')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'How long a request head may take once its first byte has arrived (a client trickling headers is disconnected)')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'How long a connection may stay silent before it is closed: waiting for its first or next request, in the middle of a request body (answered RequestTimeout), or not reading its response')
            [CompletionResult]::new('--metrics-listen', '--metrics-listen', [CompletionResultType]::ParameterName, 'Serve the Prometheus metrics (GET /metrics) on a listener of their own at ADDR, to anyone who reaches it; without it they are served on the S3 address to loopback clients only')
            [CompletionResult]::new('--iam', '--iam', [CompletionResultType]::ParameterName, 'Roles and API keys bound to them, applied at start: JSON {"roles": [{"name", "id"?, "description"?, "editable"?, "labels"?, "permissions"?, "policy"}], "keys": [{"key", "secret", "role": ID|NAME, "name"?}]} (a request signed with such a key is decided by its role''s policy; see the README)')
            [CompletionResult]::new('--test-replication-delay-ms', '--test-replication-delay-ms', [CompletionResultType]::ParameterName, 'Test-only: replication workers wait MS milliseconds before each item (to catch replication midway)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log one line per request')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log one line per request')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;demo' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for replication at each step')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--pause-replication', '--pause-replication', [CompletionResultType]::ParameterName, 'Start with the server''s replication paused, so that the first wait fails (for testing the demo''s own failure report)')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;completions' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;man' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write the pages into (one per subcommand); without it, the main page goes to stdout')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG, EXOSCALE_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT, EXOSCALE_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE, EXOSCALE_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List buckets, or objects under sos://BUCKET[/PREFIX]')
            [CompletionResult]::new('mb', 'mb', [CompletionResultType]::ParameterValue, 'Create a bucket')
            [CompletionResult]::new('rb', 'rb', [CompletionResultType]::ParameterValue, 'Delete a bucket')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an object''s or a bucket''s details, Replication Status included')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download objects')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete objects')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete all versions and delete markers under a bucket or prefix')
            [CompletionResult]::new('presign', 'presign', [CompletionResultType]::ParameterValue, 'Make a presigned URL for an object')
            [CompletionResult]::new('setacl', 'setacl', [CompletionResultType]::ParameterValue, 'Set a bucket''s or objects'' ACL: a canned ACL, or grantees (--read, --write, --full-control, ...)')
            [CompletionResult]::new('cors', 'cors', [CompletionResultType]::ParameterValue, 'A bucket''s CORS configuration: add a rule, delete (reset) the whole configuration')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move objects within a bucket or across buckets (server-side copy, then delete)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Add or delete an object''s user metadata (a copy onto itself: a new version, which replicates)')
            [CompletionResult]::new('headers', 'headers', [CompletionResultType]::ParameterValue, 'Add or delete an object''s HTTP headers (a copy onto itself: a new version, which replicates)')
            [CompletionResult]::new('bucket', 'bucket', [CompletionResultType]::ParameterValue, 'Bucket settings: versioning, Object Lock, replication')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Offline replication config tools: convert, validate')
            [CompletionResult]::new('iam', 'iam', [CompletionResultType]::ParameterValue, 'Offline IAM policy tools: validate a policy, evaluate a request against it')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the bundled local S3 server (versioning, Object Lock, real asynchronous replication)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Play the product guide''s two walk-throughs against an embedded server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages (one per subcommand)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;help;list' {
            break
        }
        'sosctl;help;mb' {
            break
        }
        'sosctl;help;rb' {
            break
        }
        'sosctl;help;show' {
            break
        }
        'sosctl;help;upload' {
            break
        }
        'sosctl;help;download' {
            break
        }
        'sosctl;help;delete' {
            break
        }
        'sosctl;help;purge' {
            break
        }
        'sosctl;help;presign' {
            break
        }
        'sosctl;help;setacl' {
            break
        }
        'sosctl;help;cors' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule to a bucket''s CORS configuration (its other rules are kept)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a bucket''s whole CORS configuration')
            break
        }
        'sosctl;help;cors;add' {
            break
        }
        'sosctl;help;cors;delete' {
            break
        }
        'sosctl;help;move' {
            break
        }
        'sosctl;help;metadata' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or overwrite) user metadata: KEY=VALUE pairs, stored as x-amz-meta-KEY')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete user metadata keys')
            break
        }
        'sosctl;help;metadata;add' {
            break
        }
        'sosctl;help;metadata;delete' {
            break
        }
        'sosctl;help;headers' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or overwrite) HTTP headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Content-Type, Expires')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete HTTP headers')
            break
        }
        'sosctl;help;headers;add' {
            break
        }
        'sosctl;help;headers;delete' {
            break
        }
        'sosctl;help;bucket' {
            [CompletionResult]::new('versioning', 'versioning', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('object-lock', 'object-lock', [CompletionResultType]::ParameterValue, 'Bucket Object Lock: status, enable (exo has no command for it)')
            [CompletionResult]::new('object-ownership', 'object-ownership', [CompletionResultType]::ParameterValue, 'Bucket Object Ownership: status, set (BucketOwnerEnforced disables ACLs)')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Bucket replication: set, show, delete, check, status, rule')
            break
        }
        'sosctl;help;bucket;versioning' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print Enabled, Suspended or Disabled (never set)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable versioning')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend versioning')
            break
        }
        'sosctl;help;bucket;versioning;status' {
            break
        }
        'sosctl;help;bucket;versioning;enable' {
            break
        }
        'sosctl;help;bucket;versioning;suspend' {
            break
        }
        'sosctl;help;bucket;object-lock' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Object Lock state and default retention')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable Object Lock on an existing versioned bucket, optionally with a default retention')
            break
        }
        'sosctl;help;bucket;object-lock;status' {
            break
        }
        'sosctl;help;bucket;object-lock;enable' {
            break
        }
        'sosctl;help;bucket;object-ownership' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the bucket''s Object Ownership')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the bucket''s Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred, ObjectWriter')
            break
        }
        'sosctl;help;bucket;object-ownership;status' {
            break
        }
        'sosctl;help;bucket;object-ownership;set' {
            break
        }
        'sosctl;help;bucket;replication' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate a JSON (or XML) config, check the prerequisites, and apply it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Edit one rule: add, update, enable, disable, remove (then sent as `set` sends a config)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-queue the FAILED versions for replication (sosctl serve only; elsewhere: sync --failed)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the source with each destination its rules select: in sync, missing, different, extra, ... (exit 5 when a destination differs)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy to each destination what diff finds missing or different (objects written before the rules, FAILED ones, lost replicas); each copy is a new write')
            break
        }
        'sosctl;help;bucket;replication;set' {
            break
        }
        'sosctl;help;bucket;replication;show' {
            break
        }
        'sosctl;help;bucket;replication;delete' {
            break
        }
        'sosctl;help;bucket;replication;check' {
            break
        }
        'sosctl;help;bucket;replication;rule' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (creates the config when the bucket has none: --role then)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change members of a rule; the others stay as they are')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Enabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Set a rule''s Status to Disabled (asks first: it weakens replication)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule (asks first: it weakens replication)')
            break
        }
        'sosctl;help;bucket;replication;rule;add' {
            break
        }
        'sosctl;help;bucket;replication;rule;update' {
            break
        }
        'sosctl;help;bucket;replication;rule;enable' {
            break
        }
        'sosctl;help;bucket;replication;rule;disable' {
            break
        }
        'sosctl;help;bucket;replication;rule;remove' {
            break
        }
        'sosctl;help;bucket;replication;status' {
            break
        }
        'sosctl;help;bucket;replication;retry' {
            break
        }
        'sosctl;help;bucket;replication;diff' {
            break
        }
        'sosctl;help;bucket;replication;sync' {
            break
        }
        'sosctl;help;replication' {
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert a config JSON -> XML (default) or XML -> JSON; the input format is detected')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a config: every problem at once, with its path; exit 2 if any error')
            break
        }
        'sosctl;help;replication;convert' {
            break
        }
        'sosctl;help;replication;validate' {
            break
        }
        'sosctl;help;iam' {
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'IAM policies, offline: validate, eval')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'IAM roles, as `exo iam role` (emulated locally by `sosctl serve` only): create, list, show, update, delete')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'API keys bound to a role (on `sosctl serve` only): create, list')
            break
        }
        'sosctl;help;iam;policy' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate an IAM policy: every problem at once, with its path and line:column; exit 2 if any error')
            [CompletionResult]::new('eval', 'eval', [CompletionResultType]::ParameterValue, 'Evaluate a request against an IAM policy: allowed (exit 0) or denied (exit 6), and what decided')
            break
        }
        'sosctl;help;iam;policy;validate' {
            break
        }
        'sosctl;help;iam;policy;eval' {
            break
        }
        'sosctl;help;iam;role' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (on `sosctl serve`): prints its ID, Name, Description, Editable, Labels, Permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles (ID, Name, Description, Editable)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role (by ID or name); --policy prints its policy document')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a role''s description, labels, permissions or policy (a role created with --editable=false refuses a policy update)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role (and the API keys bound to it)')
            break
        }
        'sosctl;help;iam;role;create' {
            break
        }
        'sosctl;help;iam;role;list' {
            break
        }
        'sosctl;help;iam;role;show' {
            break
        }
        'sosctl;help;iam;role;update' {
            break
        }
        'sosctl;help;iam;role;delete' {
            break
        }
        'sosctl;help;iam;key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key bound to a role; prints the key and its secret (shown this once only)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the API keys bound to roles (never their secrets)')
            break
        }
        'sosctl;help;iam;key;create' {
            break
        }
        'sosctl;help;iam;key;list' {
            break
        }
        'sosctl;help;serve' {
            break
        }
        'sosctl;help;demo' {
            break
        }
        'sosctl;help;completions' {
            break
        }
        'sosctl;help;man' {
            break
        }
        'sosctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
