import { ArgsType, Field, InputType, IntersectionType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs, SortDirection } from '../../common/pagination';
import { Trim } from '../../common/trim.decorator';
import { ArticleKind, ArticleStatus } from '../article.entity';

export const TITLE_MAX = 200;
export const BODY_MAX = 20000;
export const TAGS_MAX = 10;
export const TAG_MAX = 40;

/** Trimmed, blank ones dropped, each once. */
const Tags = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? [...new Set(value.map((t) => (typeof t === 'string' ? t.trim() : t)).filter((t) => t !== ''))]
      : value,
  );

/**
 * An article as vendor staff write it. A draft needs a title in one language; publishing needs
 * both titles and both bodies (a typed `ArticleIncompleteError`, not a validation fault).
 */
@InputType()
export class ArticleInput {
  @Field(() => ArticleKind) @IsEnum(ArticleKind, I18N) kind: ArticleKind;

  @Field({ defaultValue: '' })
  @Trim()
  @ValidateIf((o: ArticleInput) => !o.titleJa?.trim())
  @IsNotEmpty(I18N)
  @MaxLength(TITLE_MAX, I18N)
  titleEn: string = '';

  @Field({ defaultValue: '' }) @Trim() @MaxLength(TITLE_MAX, I18N) titleJa: string = '';
  @Field({ defaultValue: '' }) @Trim() @MaxLength(BODY_MAX, I18N) bodyEn: string = '';
  @Field({ defaultValue: '' }) @Trim() @MaxLength(BODY_MAX, I18N) bodyJa: string = '';

  @Field(() => [String], { defaultValue: [] })
  @Tags()
  @ArrayMaxSize(TAGS_MAX, I18N)
  @MaxLength(TAG_MAX, { ...I18N, each: true })
  tags: string[] = [];

  @Field() @IsIn(PRODUCT_MODULES, I18N) productArea: string;
}

export enum ArticleSortField {
  RELEVANCE = 'RELEVANCE',
  UPDATED_AT = 'UPDATED_AT',
  PUBLISHED_AT = 'PUBLISHED_AT',
  TITLE = 'TITLE',
  KIND = 'KIND',
  PRODUCT_AREA = 'PRODUCT_AREA',
  STATUS = 'STATUS',
}
registerEnumType(ArticleSortField, {
  name: 'ArticleSortField',
  description: 'RELEVANCE (title hits above body hits) applies with a search; without one it is UPDATED_AT.',
});

@InputType()
export class ArticleSort {
  @Field(() => ArticleSortField) @IsEnum(ArticleSortField, I18N) field: ArticleSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  @IsEnum(SortDirection, I18N)
  direction: SortDirection = SortDirection.DESC;
}

@ArgsType()
export class ArticleFilterArgs {
  @Field({ nullable: true, description: 'Words of either language; Japanese is matched by substring.' })
  @IsOptional()
  @MaxLength(200, I18N)
  search?: string;

  @Field({
    nullable: true,
    description: 'false (default): every word must match; true: any word (suggestions from an escalation subject).',
  })
  @IsOptional()
  @IsBoolean(I18N)
  matchAny?: boolean;

  @Field(() => ArticleKind, { nullable: true }) @IsOptional() @IsEnum(ArticleKind, I18N) kind?: ArticleKind;

  @Field({ nullable: true }) @IsOptional() @IsIn(PRODUCT_MODULES, I18N) productArea?: string;

  @Field(() => [String], { nullable: true, description: 'Ranked first among equally relevant articles.' })
  @IsOptional()
  @ArrayMaxSize(PRODUCT_MODULES.length, I18N)
  @IsIn(PRODUCT_MODULES, { ...I18N, each: true })
  preferredProductAreas?: string[];

  @Field({ nullable: true }) @IsOptional() @Trim() @MaxLength(TAG_MAX, I18N) tag?: string;

  @Field(() => ArticleStatus, { nullable: true, description: 'Vendor staff only; everyone else reads PUBLISHED ones.' })
  @IsOptional()
  @IsEnum(ArticleStatus, I18N)
  status?: ArticleStatus;

  @Field(() => ArticleSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ArticleSort)
  sort?: ArticleSort;
}

@ArgsType()
export class ArticleListArgs extends IntersectionType(PageArgs, ArticleFilterArgs, ArgsType) {}
