export const USAGE = `news-alert — Korean news alerts for Slack, Discord and the terminal

Usage: news-alert <command> [options]

Commands:
  run                         Start the worker: poll on schedule, deliver alerts (npm start)
  once [--dry-run] [--json] [--force]
                              Run one poll cycle now. --dry-run sends nothing and changes nothing;
                              --json prints one JSON document; --force also polls feeds that are backing off
  match [--keywords LIST] [FILE|-]
                              Show keyword matches in a text (comma-separated keywords, or the
                              configured topics); reads standard input when FILE is - or absent
  facts [FILE|-] [--published ISO-8601] [--json]
                              Extract the facts of an article (first line = headline; HTML accepted)
  search <query> [--since 7d] [--limit N] [--json]
                              Search stored articles
  digest [--channel NAME] [--dry-run] [--json]
                              Build a digest now (digest channels: held stories; others: last 24 h)
  config export | import      Print the effective configuration as YAML / replace the database's
                              feeds, topics and channels with the file's
  audit [--limit N] [--json]  Who changed topics, keywords, feeds or subscriptions, and when
  register-commands [--guild ID]
                              Register the Discord /news command (guild-scoped: instant)
  status [--json]             Feeds (last fetch, result, failures, next poll) and deliveries
  health                      Exit 0 if the worker completed a cycle recently (for HEALTHCHECK)
  check-config                Validate the configuration file and exit
  schema                      Print the JSON Schema of the configuration file
  demo                        Serve bundled sample Korean feeds on 127.0.0.1 and run one cycle

Global options:
  -c, --config FILE           Configuration file (env NEWS_ALERT_CONFIG; default config/default.yaml)
      --db PATH               Database file, overrides "database" (env NEWS_ALERT_DB; ":memory:" allowed)
  -h, --help                  Show this help
  -v, --version               Show the version

Logs are JSON lines on standard error (LOG_LEVEL=debug|info|warn|error). Exit codes:
0 success, 1 runtime failure, 2 usage or configuration error.`;
