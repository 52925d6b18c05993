#!/usr/bin/env node
// The compiled command line; `npm ci` builds it (the `prepare` script).
require('../dist/apps/cli/apps/cli/src/main.js');
