import { main, reportFatal } from './cli.js';

const argv = process.argv.slice(2);
const fatal = (error: unknown) => process.exit(reportFatal(argv, error));
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
process.exitCode = await main(argv);
