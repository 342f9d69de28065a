/**
 * The baseline for importing a TMX file: read it as a stream (64 KB chunks) through a bare saxes
 * parser and count its `<tu>` elements, nothing else. Prints the count.
 */
import fs from 'node:fs';
import { SaxesParser } from '../../packages/core/node_modules/saxes/saxes.js';

const [file] = process.argv.slice(2);
const parser = new SaxesParser();
let units = 0;
parser.on('opentag', (tag) => {
  if (tag.name === 'tu') units++;
});
for await (const chunk of fs.createReadStream(file!, { encoding: 'utf8', highWaterMark: 64 * 1024 })) parser.write(chunk as string);
parser.close();
console.log(`${units} translation units`);
