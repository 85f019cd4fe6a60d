interface ImportMetaEnv {
  /** True only in the end-to-end tests' build (ROLECALL_TEST=1). */
  readonly ROLECALL_TEST: boolean;
}
