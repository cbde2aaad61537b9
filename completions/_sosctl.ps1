
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
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
        'sosctl;list' {
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Keys per listing request (the server''s maximum is usually 1000); for tests of paging')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;ls' {
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Keys per listing request (the server''s maximum is usually 1000); for tests of paging')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;mb' {
            [CompletionResult]::new('--acl', '--acl', [CompletionResultType]::ParameterName, 'Canned ACL (private, public-read, public-read-write, authenticated-read)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;create' {
            [CompletionResult]::new('--acl', '--acl', [CompletionResultType]::ParameterName, 'Canned ACL (private, public-read, public-read-write, authenticated-read)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;rb' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;show' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Show this version of the object')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;upload' {
            [CompletionResult]::new('--acl', '--acl', [CompletionResultType]::ParameterName, 'Canned ACL for the uploaded objects')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 256]')
            [CompletionResult]::new('--part-size', '--part-size', [CompletionResultType]::ParameterName, 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;put' {
            [CompletionResult]::new('--acl', '--acl', [CompletionResultType]::ParameterName, 'Canned ACL for the uploaded objects')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests (files and parts) in flight: pinned at N [default: adaptive, up to 256]')
            [CompletionResult]::new('--part-size', '--part-size', [CompletionResultType]::ParameterName, 'Part size of multipart uploads (files above it are sent in parts), e.g. 8MiB')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;download' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Download this version of the object')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects downloaded at once: pinned at N [default: adaptive, up to 256]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Download everything under the prefix')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Download everything under the prefix')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Overwrite existing local files')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing local files')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show what would be downloaded, download nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be downloaded, download nothing')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;get' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Download this version of the object')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects downloaded at once: pinned at N [default: adaptive, up to 256]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Download everything under the prefix')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Download everything under the prefix')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Overwrite existing local files')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing local files')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show what would be downloaded, download nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be downloaded, download nothing')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;delete' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Permanently delete this version (without it, a versioned bucket gets a delete marker)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Delete everything under the prefix')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Delete everything under the prefix')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;rm' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Permanently delete this version (without it, a versioned bucket gets a delete marker)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Delete everything under the prefix')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Delete everything under the prefix')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;del' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Permanently delete this version (without it, a versioned bucket gets a delete marker)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Delete everything under the prefix')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Delete everything under the prefix')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each deleted key')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;purge' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;presign' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'HTTP method the URL allows')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP method the URL allows')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Validity, e.g. 15m, 1h (at most 7 days)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Validity, e.g. 15m, 1h (at most 7 days)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('versioning', 'versioning', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('v', 'v', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('object-lock', 'object-lock', [CompletionResultType]::ParameterValue, 'Bucket Object Lock: status, enable (exo has no command for it)')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Bucket replication: set, show, delete, check, status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;versioning' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;v;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;versioning;enable' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;v;enable' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;versioning;suspend' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;v;suspend' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
        'sosctl;bucket;object-lock' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
        'sosctl;bucket;replication' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;bucket;replication;set' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the online prerequisite checks')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the XML that would be sent, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the XML that would be sent, send nothing')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;show' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;get' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;delete' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;del' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;check' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;bucket;replication;status' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait waits')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects HEADed at once: pinned at N [default: adaptive, up to 256]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Poll until nothing is PENDING (exit 3 on timeout, 4 if any FAILED)')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'List only FAILED objects')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
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
        'sosctl;bucket;replication;help;status' {
            break
        }
        'sosctl;bucket;replication;help;help' {
            break
        }
        'sosctl;bucket;help' {
            [CompletionResult]::new('versioning', 'versioning', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('object-lock', 'object-lock', [CompletionResultType]::ParameterValue, 'Bucket Object Lock: status, enable (exo has no command for it)')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Bucket replication: set, show, delete, check, status')
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
        'sosctl;bucket;help;replication' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate a JSON (or XML) config, check the prerequisites, and apply it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
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
        'sosctl;bucket;help;replication;status' {
            break
        }
        'sosctl;bucket;help;help' {
            break
        }
        'sosctl;replication' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;replication;validate' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The source bucket, to add the source != destination check')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'IAM policies, offline: validate, eval')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sosctl;iam;policy' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
        'sosctl;iam;help' {
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'IAM policies, offline: validate, eval')
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
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Most connections open at once; when all are in use, new clients wait until one closes, and one line is logged (again only once the limit has not been reached for 10 s)')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'How long a request head may take once its first byte has arrived (a client trickling headers is disconnected)')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'How long a connection may stay silent before it is closed: waiting for its first or next request, in the middle of a request body (answered RequestTimeout), or not reading its response')
            [CompletionResult]::new('--test-replication-delay-ms', '--test-replication-delay-ms', [CompletionResultType]::ParameterName, 'Test-only: replication workers wait MS milliseconds before each item (to catch replication midway)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;demo' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for replication at each step')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
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
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;completions' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sosctl;man' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write the pages into (one per subcommand); without it, the main page goes to stdout')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (env SOSCTL_CONFIG) [default: <config dir>/sosctl/config.toml, else exo''s exoscale.toml]')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('--use-account', '--use-account', [CompletionResultType]::ParameterName, 'Account of the config file to use (env SOSCTL_ACCOUNT) [default: the file''s defaultaccount, else its first]')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Zone of new buckets and first guess for existing ones, which are followed to their own; the S3 signing region (env SOSCTL_ZONE, EXOSCALE_ZONE) [default: the account''s defaultZone, else ch-dk-2]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL, may contain {zone} (env SOSCTL_ENDPOINT, EXOSCALE_SOS_ENDPOINT) [default: the account''s sosEndpoint, else https://sos-{zone}.exo.io]')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--output-format', '--output-format', [CompletionResultType]::ParameterName, 'Output format (env SOSCTL_OUTPUT) [default: table]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 5xx, timeouts and connection errors (exponential backoff with jitter) [default: 3]')
            [CompletionResult]::new('-Q', '-Q ', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars, no non-essential output')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Log each HTTP request and response line to stderr, credentials and signatures redacted (env SOSCTL_TRACE)')
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
        'sosctl;help;bucket' {
            [CompletionResult]::new('versioning', 'versioning', [CompletionResultType]::ParameterValue, 'Bucket versioning: status, enable, suspend')
            [CompletionResult]::new('object-lock', 'object-lock', [CompletionResultType]::ParameterValue, 'Bucket Object Lock: status, enable (exo has no command for it)')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Bucket replication: set, show, delete, check, status')
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
        'sosctl;help;bucket;replication' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate a JSON (or XML) config, check the prerequisites, and apply it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the bucket''s replication config (table like exo''s; -O json prints what `set` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the bucket''s replication config')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Prerequisite report: PASS/FAIL/WARN per check with a fix hint (exit 2 on any FAIL)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-object replication status of the current versions, with a summary; --wait for CI')
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
        'sosctl;help;bucket;replication;status' {
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
