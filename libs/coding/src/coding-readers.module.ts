import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CodedHighlightReader } from './data/coded-highlight.reader';
import { CODING_ENTITIES } from './data/coding.entities';
import { CodingSearchReader } from './data/coding.search';

/** Read-only access to coding's tables for the libs above coding (synthesis, personas); no jobs, no model client. */
@Module({
  imports: [TypeOrmModule.forFeature(CODING_ENTITIES)],
  providers: [CodedHighlightReader, CodingSearchReader],
  exports: [CodedHighlightReader, CodingSearchReader],
})
export class CodingReadersModule {}
