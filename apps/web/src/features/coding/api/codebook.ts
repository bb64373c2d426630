import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { CodebookFormat, CodeCategory } from '../../../gql/graphql';

const CreateCodeMutation = graphql(`
  mutation CodingCreateCode($input: CreateCodeInput!) {
    createCode(input: $input) {
      id
      name
    }
  }
`);

const UpdateCodeMutation = graphql(`
  mutation CodingUpdateCode($id: ID!, $input: UpdateCodeInput!) {
    updateCode(id: $id, input: $input) {
      id
      name
    }
  }
`);

const MergeCodesMutation = graphql(`
  mutation CodingMergeCodes($sourceId: ID!, $targetId: ID!) {
    mergeCodes(sourceId: $sourceId, targetId: $targetId) {
      id
      name
    }
  }
`);

const DeleteCodeMutation = graphql(`
  mutation CodingDeleteCode($id: ID!, $force: Boolean) {
    deleteCode(id: $id, force: $force)
  }
`);

const ImportCodebookMutation = graphql(`
  mutation CodingImportCodebook($studyId: ID!, $format: CodebookFormat!, $content: String!) {
    importCodebook(studyId: $studyId, format: $format, content: $content) {
      id
    }
  }
`);

/** The editable fields of a code, as form strings ('' = none). */
export type CodeFields = {
  name: string;
  category: string;
  description: string;
  parentId: string;
};

/** Creates a code from the code picker: just a name, category Other; returns the new code. */
export async function createNamedCode(
  studyId: string,
  name: string,
): Promise<{ id: string; name: string }> {
  const { createCode } = await gqlRequest(CreateCodeMutation, {
    input: { studyId, name: name.trim(), category: 'OTHER', description: null, parentId: null },
  });
  return createCode;
}

export async function createCode(studyId: string, fields: CodeFields): Promise<string> {
  const { createCode } = await gqlRequest(CreateCodeMutation, {
    input: {
      studyId,
      name: fields.name.trim(),
      category: fields.category as CodeCategory,
      description: fields.description.trim() || null,
      parentId: fields.parentId || null,
    },
  });
  return createCode.name;
}

export async function updateCode(id: string, fields: CodeFields): Promise<void> {
  await gqlRequest(UpdateCodeMutation, {
    id,
    input: {
      name: fields.name.trim(),
      category: fields.category as CodeCategory,
      description: fields.description.trim() || null,
      // null moves the code to the top level.
      parentId: fields.parentId || null,
    },
  });
}

export async function mergeCodes(sourceId: string, targetId: string): Promise<void> {
  await gqlRequest(MergeCodesMutation, { sourceId, targetId });
}

/** Deletes a code; without `force`, one that has highlights fails with CONFLICT. */
export async function deleteCode(id: string, force: boolean): Promise<void> {
  await gqlRequest(DeleteCodeMutation, { id, force });
}

/** The format of a codebook file, from its name, then its content. */
export function codebookFormat(fileName: string, content: string): CodebookFormat {
  if (/\.csv$/i.test(fileName)) return 'CSV';
  if (/\.(qdc|xml)$/i.test(fileName)) return 'QDC';
  return content.trimStart().startsWith('<') ? 'QDC' : 'CSV';
}

/** Adds the codes of a .qdc or .csv codebook; resolves to how many were added. */
export async function importCodebook(
  studyId: string,
  format: CodebookFormat,
  content: string,
): Promise<number> {
  const { importCodebook } = await gqlRequest(ImportCodebookMutation, { studyId, format, content });
  return importCodebook.length;
}
