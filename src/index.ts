import { reportFatal, runAction } from './action.js';

const fatal = (error: unknown) => void reportFatal(error).finally(() => process.exit());
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
await runAction();
