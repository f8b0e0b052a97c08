#!/usr/bin/env node
// The installed `tornet` command: runs the bundled CLI (npm run build produces it).
require('../dist/cli.cjs');
