import { registerEnumType } from '@nestjs/graphql';

/** The portal's languages as a GraphQL enum (`ja`, `en`). */
export enum LocaleEnum {
  ja = 'ja',
  en = 'en',
}
registerEnumType(LocaleEnum, { name: 'Locale' });
