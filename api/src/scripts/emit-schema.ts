import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../config/app-config';
import { withScratchDatabase } from '../database/scratch-database';
import { runMigrations } from '../database/prepare-database';
import { AppModule } from '../app.module';

/** Writes api/schema.gql from the code-first resolvers (the web's code generation reads it). */
void withScratchDatabase(async (databaseUrl) => {
  await runMigrations(databaseUrl);
  const app = await NestFactory.create(
    AppModule.forRoot({ ...loadConfig(), databaseUrl, schemaFile: join(__dirname, '..', '..', 'schema.gql') }),
    {
      logger: ['error'],
    },
  );
  await app.init();
  await app.close();
  console.log('schema written to api/schema.gql');
});
