// Samples the CPU of the node process it is loaded into and writes one V8 .cpuprofile per 20 s window into
// $AZURITE_PROFILE_DIR (default: the current folder), the last one on exit. Load it into the benchmark's Azurite
// processes with NODE_OPTIONS="--require $PWD/bench/azurite-profile/sample.js" (see the README's Performance section);
// summarize a window with summarize.js.
'use strict';
const inspector = require('inspector');
const fs = require('fs');
const path = require('path');

const folder = process.env.AZURITE_PROFILE_DIR || process.cwd();
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 1000 });
session.post('Profiler.start');
let window = 0;

function writeWindow() {
  session.post('Profiler.stop', (error, result) => {
    if (!error) {
      const name = `${process.pid}-${String(window++).padStart(3, '0')}.cpuprofile`;
      fs.writeFileSync(path.join(folder, name), JSON.stringify(result.profile));
    }
    session.post('Profiler.start');
  });
}

setInterval(writeWindow, 20000).unref();
process.on('exit', writeWindow);
