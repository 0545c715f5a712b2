// Process-wide settings the local entry points (CLI, `npm start`, demo) apply before anything else.

/**
 * The AWS SDK prints a multi-line NodeVersionSupportWarning on Node < 22 in every process that
 * builds a client: on Node 20 that is every `jobnudge` command and every start. jobnudge supports
 * Node 20 and recommends 22 (README, .nvmrc; the Lambdas run nodejs22.x), so the warning tells the
 * user nothing new on each command. This uses the SDK's own switch for that one warning; every
 * other warning still shows. Set AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=false to see it.
 */
export function quietSdkNodeVersionWarning(env: NodeJS.ProcessEnv = process.env): void {
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}

/**
 * Output piped into a reader that stops early (`jobnudge status | head`) ends with EPIPE: that is
 * the reader saying "enough", not an error, so the process ends quietly instead of printing a
 * stack trace. Any other stdout error still surfaces.
 */
export function exitQuietlyOnClosedStdout(): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
}
