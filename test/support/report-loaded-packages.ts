// Preloaded with `node --import` (NODE_OPTIONS) by tests that need to know which packages a process loaded: at exit it
// writes one line to standard error, `loaded packages: [...]`, naming every package under node_modules it resolved.
import { registerHooks } from 'node:module';

const packages = new Set<string>();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(resolved.url)?.[1];
    if (name !== undefined) packages.add(name);
    return resolved;
  },
});
process.on('exit', () => process.stderr.write(`loaded packages: ${JSON.stringify([...packages].sort())}\n`));
