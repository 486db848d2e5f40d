// Nothing here is for Lede: webpack bundles the package, its JSON data and each country outline
// (a chunk of its own, loaded only by a map that shows that country) as they are.
import HtmlWebpackPlugin from 'html-webpack-plugin';

export default {
  mode: 'production',
  entry: './src/main.js',
  output: { clean: true },
  plugins: [new HtmlWebpackPlugin({ template: './src/index.html' })],
};
