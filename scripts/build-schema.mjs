// Publishes the article data format: dist/schema/article.schema.json, with the Sakai article as
// its example (the same file the stories read), and that example beside it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync('schema/article.schema.json', 'utf8'));
const example = readFileSync('schema/sakai.json', 'utf8');

mkdirSync('dist/schema', { recursive: true });
const published = { ...schema, examples: [JSON.parse(example)] };
writeFileSync('dist/schema/article.schema.json', `${JSON.stringify(published, null, 2)}\n`);
writeFileSync('dist/schema/sakai.json', example);
