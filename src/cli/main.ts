// Placeholder entry so the build has its second bundle; the engine issue writes the CLI.
process.stderr.write('news-lens: the command-line tool is not built yet\n');
process.exitCode = 1;
