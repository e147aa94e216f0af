"""The `foedus` command line: subcommands mirror the API's resources."""
