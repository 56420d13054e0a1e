import { register } from 'node:module';
register(new URL('./load-hook.tmp.mjs', import.meta.url));
