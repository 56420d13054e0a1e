import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.CTK_LOADED_LOG) appendFileSync(process.env.CTK_LOADED_LOG, url + '\n');
  return next(url, context);
}
