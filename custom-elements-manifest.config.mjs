// custom-elements.json from the JSDoc of src/, with module paths pointing at the built files that
// the package ships (dist/…/*.js) rather than at sources it does not.
const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/**/*.ts'],
  // The builder page's elements are not the package's: it is a page, not a component library.
  exclude: ['src/**/*.test.ts', 'src/**/test-helpers/**', 'src/countries/**', 'src/builder/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'lede-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.path = toDist(module.path);
          for (const item of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
            if (item.declaration?.module) item.declaration.module = toDist(item.declaration.module);
            if (item.superclass?.module) item.superclass.module = toDist(item.superclass.module);
            for (const member of [...(item.members ?? []), ...(item.attributes ?? [])]) {
              if (member.inheritedFrom?.module) {
                member.inheritedFrom.module = toDist(member.inheritedFrom.module);
              }
            }
          }
        }
      },
    },
  ],
};
