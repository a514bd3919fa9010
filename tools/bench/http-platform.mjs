// Express or Fastify under Nest (not a test): the same two routes, the same global validation pipe,
// each app in a process of its own, measured with the Node generator and with wrk when installed.
// What it answers: how much of a request's time the HTTP platform takes, to weigh against a
// registration's (docs/adr/0010-http-platform.md). Run alone after `npm install`:
// `node tools/bench/http-platform.mjs` (the project's Node: ./node_modules/.bin/node).
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fmt, hasWrk, load, stats, wrk } from './lib.mjs';

const PORTS = { express: 3391, fastify: 3392 };
const BODY = JSON.stringify({
  firstName: 'Anna',
  lastName: 'Andersson',
  email: 'anna.andersson@example.se',
  organisationName: 'Hofors kommun',
  organisationType: 'municipality',
  answers: { a: 'Rekrytering', b: 'Inget särskilt' },
});

/** One Nest app on the given platform: GET /api/health and POST /api/echo (validated body, 201). */
async function serve(platform) {
  const { Body, Controller, Get, HttpCode, Module, Post, ValidationPipe } = await import('@nestjs/common');
  const { NestFactory } = await import('@nestjs/core');
  const { IsEmail, IsIn, IsObject, IsString, MaxLength } = await import('class-validator');

  class EchoDto {}
  const field = (name, ...decorators) => decorators.forEach((d) => d(EchoDto.prototype, name));
  field('firstName', IsString(), MaxLength(100));
  field('lastName', IsString(), MaxLength(100));
  field('email', IsEmail());
  field('organisationName', IsString(), MaxLength(200));
  field('organisationType', IsIn(['municipality', 'company', 'other']));
  field('answers', IsObject());

  class BenchController {
    health() {
      return { status: 'ok' };
    }
    echo(body) {
      return { id: '00000000-0000-4000-8000-000000000000', status: 'confirmed', email: body.email };
    }
  }
  const method = (name) => Object.getOwnPropertyDescriptor(BenchController.prototype, name);
  Reflect.decorate([Get('health')], BenchController.prototype, 'health', method('health'));
  Reflect.decorate([Post('echo'), HttpCode(201)], BenchController.prototype, 'echo', method('echo'));
  Body()(BenchController.prototype, 'echo', 0);
  Reflect.defineMetadata('design:paramtypes', [EchoDto], BenchController.prototype, 'echo');
  Controller('api')(BenchController);
  class BenchModule {}
  Module({ controllers: [BenchController] })(BenchModule);

  const adapter = platform === 'fastify' ? new (await import('@nestjs/platform-fastify')).FastifyAdapter() : undefined;
  const app = await NestFactory.create(BenchModule, adapter, { logger: false });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  await app.listen(PORTS[platform], '127.0.0.1');
  process.send?.('ready');
}

function start(platform) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'serve', platform], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${platform} exited with ${code}`)));
  });
}

async function measure(platform) {
  const base = `http://127.0.0.1:${PORTS[platform]}`;
  const child = await start(platform);
  try {
    const post = () => fetch(`${base}/api/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY }).then((r) => r.arrayBuffer());
    const get = () => fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
    await load(2000, 50, post); // warm-up
    const posts = stats(await load(20000, 50, post));
    const gets = stats(await load(20000, 50, get));
    const wrkGet = hasWrk() ? wrk(`${base}/api/health`, { connections: 50, seconds: 10 }) : null;
    return { posts, gets, wrkGet };
  } finally {
    child.kill();
  }
}

if (process.argv[2] === 'serve') {
  await serve(process.argv[3]);
} else {
  const results = {};
  for (const platform of ['express', 'fastify']) {
    results[platform] = await measure(platform);
    console.log(`${platform}: POST validated body, 50 clients: ${fmt(results[platform].posts)}`);
    console.log(`${platform}: GET health, 50 clients: ${fmt(results[platform].gets)}`);
    if (results[platform].wrkGet) console.log(`${platform}: GET health, 50 clients (wrk): ${fmt(results[platform].wrkGet)}`);
  }
  const perRequestMs = (s) => 1000 / s.throughput;
  const e = results.express.posts;
  const f = results.fastify.posts;
  console.log(
    `POST: fastify/express throughput ${(f.throughput / e.throughput).toFixed(2)}; ` +
      `time per request at saturation ${perRequestMs(e).toFixed(3)} ms vs ${perRequestMs(f).toFixed(3)} ms ` +
      `(difference ${(perRequestMs(e) - perRequestMs(f)).toFixed(3)} ms)`,
  );
}
