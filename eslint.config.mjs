import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next*/**", "generated/**", "ml/**", "node_modules/**", "test-results/**", "playwright-report/**", "public/**"] },
];

export default config;
