import type { BuildOptions } from 'esbuild';

export declare const mainBundleOptions: BuildOptions;
