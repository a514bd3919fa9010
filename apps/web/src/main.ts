import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

// A task of its own for starting the app, apart from evaluating the bundle: two shorter tasks instead
// of one long one keep the page (already drawn by the server) responsive while it hydrates.
setTimeout(() => bootstrapApplication(App, appConfig).catch((err) => console.error(err)));
