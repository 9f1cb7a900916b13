// ESLint flat config: typescript-eslint's type-aware recommended rules on every TypeScript file of the project.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'out/**', 'node_modules/**', 'coverage/**', 'shots/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // This file is plain JavaScript outside the TypeScript project.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
