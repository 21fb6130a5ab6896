// Preloaded into a benchmarked process (`node --import`): writes its peak memory when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env['KEYPLAN_RSS_FILE'];
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
