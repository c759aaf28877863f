import type { INestApplication } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_PROPERTY_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { type Access, ALLOW_KEY } from '../../src/common/access/allow.decorator';

export interface Declaration {
  /** `Query.users`, `Mutation.signIn`, `User.partner` */
  operation: string;
  access: Access[] | undefined;
}

/** Every query, mutation and field resolver the app registers, with its `@Allow` declaration. */
export function collectDeclarations(app: INestApplication): Declaration[] {
  const modules = [...app.get(ModulesContainer).values()];
  const scanner = new MetadataScanner();
  const out: Declaration[] = [];
  for (const wrapper of modules.flatMap((m) => [...m.providers.values()])) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    // @Resolver(() => User) stores the object type's name on the class; @Resolver() stores none.
    if (
      !Reflect.hasMetadata(RESOLVER_TYPE_METADATA, metatype) &&
      !Reflect.hasMetadata(RESOLVER_NAME_METADATA, metatype)
    )
      continue;
    const objectType: string | undefined = Reflect.getMetadata(RESOLVER_NAME_METADATA, metatype);
    const proto = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(proto)) {
      const handler = proto[method];
      const rootType: string | undefined = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler);
      const isField = Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler) === true;
      if (!rootType && !isField) continue;
      const name: string = Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) || method;
      const access = Reflect.getMetadata(ALLOW_KEY, handler) ?? Reflect.getMetadata(ALLOW_KEY, metatype);
      out.push({ operation: `${isField ? objectType : rootType}.${name}`, access });
    }
  }
  return out.sort((a, b) => a.operation.localeCompare(b.operation));
}
