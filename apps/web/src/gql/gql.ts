/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query AccountEmailSettings {\n    emailEnabled\n    notificationSettings {\n      kind\n      email\n    }\n  }\n": typeof types.AccountEmailSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: [NotificationSettingInput!]!) {\n    updateNotificationSettings(input: $input) {\n      kind\n      email\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  query StudyAnalyticsImports($id: ID!) {\n    study(id: $id) {\n      id\n      analyticsImports {\n        id\n        kind\n        fileName\n        status\n        bytesRead\n        rowsRead\n        rowsSkipped\n        events\n        users\n        linked\n        unlinked\n        features\n        error\n        createdAt\n      }\n    }\n  }\n": typeof types.StudyAnalyticsImportsDocument,
    "\n  query PreviewAnalyticsCsv($studyId: ID!, $sample: String!, $whole: Boolean) {\n    previewAnalyticsCsv(studyId: $studyId, sample: $sample, whole: $whole) {\n      columns\n      rows\n      timeColumns\n      numericColumns\n      proposal {\n        kind\n        userColumn\n        eventColumn\n        timeColumn\n        propertiesColumn\n        metricColumns\n      }\n    }\n  }\n": typeof types.PreviewAnalyticsCsvDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query CodeHighlightsPage($codeId: ID!, $first: Int!, $offset: Int!) {\n    codeHighlights(codeId: $codeId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        text\n        status\n        coder\n        confidence\n        source {\n          type\n          segmentId\n          responseId\n          questionId\n          messageId\n        }\n        place {\n          label\n          interviewId\n          surveyId\n          speaker\n          conversationId\n        }\n      }\n    }\n  }\n": typeof types.CodeHighlightsPageDocument,
    "\n  query CodeHighlightCoders($studyId: ID!) {\n    study(id: $studyId) {\n      id\n      workspace {\n        id\n        members {\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CodeHighlightCodersDocument,
    "\n  mutation CodingCreateCode($input: CreateCodeInput!) {\n    createCode(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CodingCreateCodeDocument,
    "\n  mutation CodingUpdateCode($id: ID!, $input: UpdateCodeInput!) {\n    updateCode(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CodingUpdateCodeDocument,
    "\n  mutation CodingMergeCodes($sourceId: ID!, $targetId: ID!) {\n    mergeCodes(sourceId: $sourceId, targetId: $targetId) {\n      id\n      name\n    }\n  }\n": typeof types.CodingMergeCodesDocument,
    "\n  mutation CodingDeleteCode($id: ID!, $force: Boolean) {\n    deleteCode(id: $id, force: $force)\n  }\n": typeof types.CodingDeleteCodeDocument,
    "\n  mutation CodingImportCodebook($studyId: ID!, $format: CodebookFormat!, $content: String!) {\n    importCodebook(studyId: $studyId, format: $format, content: $content) {\n      id\n    }\n  }\n": typeof types.CodingImportCodebookDocument,
    "\n  query CodingCodebook($id: ID!) {\n    study(id: $id) {\n      id\n      codes {\n        id\n        name\n        description\n        category\n        highlightCount\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CodingCodebookDocument,
    "\n  fragment CodingHighlightFields on Highlight {\n    id\n    start\n    end\n    text\n    status\n    coder\n    confidence\n    code {\n      id\n      name\n      category\n    }\n    source {\n      type\n      segmentId\n      responseId\n      questionId\n      messageId\n    }\n  }\n": typeof types.CodingHighlightFieldsFragmentDoc,
    "\n  query CodingHighlights($studyId: ID!, $status: HighlightStatus, $codeId: ID) {\n    highlights(studyId: $studyId, status: $status, codeId: $codeId) {\n      ...CodingHighlightFields\n    }\n  }\n": typeof types.CodingHighlightsDocument,
    "\n  mutation CodingApplyCode($input: ApplyCodeInput!) {\n    applyCode(input: $input) {\n      ...CodingHighlightFields\n    }\n  }\n": typeof types.CodingApplyCodeDocument,
    "\n  mutation CodingRemoveHighlight($id: ID!) {\n    removeHighlight(id: $id)\n  }\n": typeof types.CodingRemoveHighlightDocument,
    "\n  mutation CodingReviewSuggestion($id: ID!, $accept: Boolean!) {\n    reviewSuggestion(id: $id, accept: $accept) {\n      id\n      status\n    }\n  }\n": typeof types.CodingReviewSuggestionDocument,
    "\n  mutation CodingReviewSuggestions($ids: [ID!]!, $accept: Boolean!) {\n    reviewSuggestions(ids: $ids, accept: $accept)\n  }\n": typeof types.CodingReviewSuggestionsDocument,
    "\n  mutation CodingReopenSuggestions($ids: [ID!]!) {\n    reopenSuggestions(ids: $ids)\n  }\n": typeof types.CodingReopenSuggestionsDocument,
    "\n  mutation CodingAcceptSuggestions($studyId: ID!, $codeId: ID!, $minConfidence: Float!) {\n    acceptSuggestions(studyId: $studyId, codeId: $codeId, minConfidence: $minConfidence)\n  }\n": typeof types.CodingAcceptSuggestionsDocument,
    "\n  query CodingCoders($id: ID!) {\n    study(id: $id) {\n      id\n      workspace {\n        id\n        members {\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CodingCodersDocument,
    "\n  query CodingAgreement($studyId: ID!, $coderA: String!, $coderB: String!) {\n    codingAgreement(studyId: $studyId, coderA: $coderA, coderB: $coderB) {\n      units\n      sharedUnits\n      minSharedUnits\n      enough\n      observed\n      cohensKappa\n      perCode {\n        codeId\n        codeName\n        units\n        observed\n        cohensKappa\n      }\n    }\n  }\n": typeof types.CodingAgreementDocument,
    "\n  query CodingAnswerText($source: SourceRefInput!) {\n    sourceText(source: $source) {\n      text\n    }\n  }\n": typeof types.CodingAnswerTextDocument,
    "\n  query CodingResponses($surveyId: ID!, $first: Int!, $after: String) {\n    responses(surveyId: $surveyId, first: $first, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        answers {\n          questionId\n          value\n        }\n      }\n    }\n  }\n": typeof types.CodingResponsesDocument,
    "\n  query CodingSurveys($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        questions {\n          id\n          title\n          type\n        }\n      }\n    }\n  }\n": typeof types.CodingSurveysDocument,
    "\n  query LatestCalibration($studyId: ID!) {\n    latestCalibration(studyId: $studyId) {\n      id\n      status\n      progress\n      error\n      provider\n      coder\n      sampleSize\n      sampledUnits\n      createdAt\n      finishedAt\n      result {\n        units\n        minSharedUnits\n        enough\n        observed\n        cohensKappa\n        perCode {\n          codeId\n          codeName\n          units\n          humanUses\n          coderUses\n          observed\n          cohensKappa\n          precision\n          recall\n          enough\n        }\n      }\n    }\n  }\n": typeof types.LatestCalibrationDocument,
    "\n  mutation StartCalibration($studyId: ID!, $provider: String, $sampleSize: Int) {\n    startCalibration(studyId: $studyId, provider: $provider, sampleSize: $sampleSize) {\n      id\n    }\n  }\n": typeof types.StartCalibrationDocument,
    "\n  mutation SuggestCodes($studyId: ID!, $provider: String) {\n    suggestCodes(studyId: $studyId, provider: $provider) {\n      id\n      status\n      progress\n      error\n      suggestions\n      provider\n    }\n  }\n": typeof types.SuggestCodesDocument,
    "\n  query CodingRun($id: ID!) {\n    codingRun(id: $id) {\n      id\n      status\n      progress\n      error\n      suggestions\n      provider\n    }\n  }\n": typeof types.CodingRunDocument,
    "\n  query CodingQueueQuestions($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        questions {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CodingQueueQuestionsDocument,
    "\n  query FeedbackImports($studyId: ID!) {\n    feedbackImports(studyId: $studyId) {\n      id\n      kind\n      format\n      fileName\n      status\n      bytesTotal\n      bytesRead\n      rowsRead\n      conversationCount\n      messageCount\n      emptyDropped\n      datesUnparsed\n      warnings\n      error\n      createdAt\n    }\n  }\n": typeof types.FeedbackImportsDocument,
    "\n  query FeedbackConversations($studyId: ID!, $kind: FeedbackKind, $offset: Int, $limit: Int) {\n    feedbackConversations(studyId: $studyId, kind: $kind, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kind\n        title\n        rating\n        createdAt\n        customerLabel\n        messageCount\n      }\n    }\n  }\n": typeof types.FeedbackConversationsDocument,
    "\n  query FeedbackConversation($id: ID!) {\n    feedbackConversation(id: $id) {\n      id\n      studyId\n      kind\n      title\n      rating\n      createdAt\n      customerLabel\n      messages {\n        id\n        index\n        role\n        text\n        sentAt\n      }\n    }\n  }\n": typeof types.FeedbackConversationDocument,
    "\n  mutation PreviewFeedbackImport($studyId: ID!, $kind: FeedbackKind!, $sample: String!, $mapping: [FeedbackColumnInput!]) {\n    previewFeedbackImport(studyId: $studyId, kind: $kind, sample: $sample, mapping: $mapping) {\n      format\n      dayOrder\n      rows\n      conversations\n      messages\n      emptyDropped\n      datesUnparsed\n      warnings\n      columns {\n        index\n        header\n        field\n        samples\n      }\n    }\n  }\n": typeof types.PreviewFeedbackImportDocument,
    "\n  mutation DeleteFeedbackImport($id: ID!) {\n    deleteFeedbackImport(id: $id)\n  }\n": typeof types.DeleteFeedbackImportDocument,
    "\n  query InboxNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        link\n        createdAt\n        read\n        actor {\n          id\n          name\n        }\n      }\n      endCursor\n    }\n  }\n": typeof types.InboxNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query ReviewQueue {\n    reviewQueue {\n      id\n      name\n      status\n      study {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ImportTranscript($input: ImportTranscriptInput!) {\n    importTranscript(input: $input) {\n      id\n    }\n  }\n": typeof types.ImportTranscriptDocument,
    "\n  mutation SetInterviewCustomer($id: ID!, $customerId: String) {\n    setInterviewCustomer(interviewId: $id, customerId: $customerId) {\n      id\n      customerLabel\n    }\n  }\n": typeof types.SetInterviewCustomerDocument,
    "\n  query InterviewReader($id: ID!) {\n    interview(id: $id) {\n      id\n      title\n      conductedAt\n      interviewerSpeakers\n      segmentCount\n      customerLabel\n      participant {\n        id\n        label\n      }\n      segments {\n        id\n        index\n        speaker\n        startMs\n        endMs\n        text\n        isInterviewer\n      }\n    }\n    workspaces {\n      id\n      name\n      myRole\n      studies {\n        id\n        name\n        interviews {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InterviewReaderDocument,
    "\n  query StudyInterviews($id: ID!) {\n    study(id: $id) {\n      id\n      interviews {\n        id\n        title\n        conductedAt\n        segmentCount\n        participant {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.StudyInterviewsDocument,
    "\n  query PersonaMembers($id: ID!, $first: Int!, $after: String) {\n    persona(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        endCursor\n        nodes {\n          id\n          label\n          fit\n          participant {\n            id\n            label\n          }\n          responses {\n            id\n            surveyId\n            surveyTitle\n            submittedAt\n          }\n          interviewIds\n        }\n      }\n    }\n  }\n": typeof types.PersonaMembersDocument,
    "\n  fragment PersonaEvidence on Evidence {\n    source {\n      type\n      segmentId\n      responseId\n      questionId\n      messageId\n    }\n    start\n    end\n    quote\n    questionTitle\n    participant {\n      label\n    }\n  }\n": typeof types.PersonaEvidenceFragmentDoc,
    "\n  fragment PersonaTraitMark on TraitMark {\n    traitIndex\n    ok\n    note\n  }\n": typeof types.PersonaTraitMarkFragmentDoc,
    "\n  fragment PersonaTraitFields on PersonaTrait {\n    kind\n    text\n    share\n    lift\n    sharedByStudy\n    evidence {\n      ...PersonaEvidence\n    }\n  }\n": typeof types.PersonaTraitFieldsFragmentDoc,
    "\n  fragment PersonaSensitiveProfile on SensitiveProfile {\n    question\n    answered\n    values {\n      label\n      share\n      studyShare\n    }\n  }\n": typeof types.PersonaSensitiveProfileFragmentDoc,
    "\n  fragment PersonaCardFields on Persona {\n    id\n    name\n    tagline\n    avatarSvg\n    status\n    latestStatus\n    reviewState\n    version\n    segmentShare\n    participantCount\n    segmentVanished\n    smallSegment\n  }\n": typeof types.PersonaCardFieldsFragmentDoc,
    "\n  fragment SynthesisRunFields on SynthesisRun {\n    id\n    status\n    progress\n    stage\n    error\n    provider\n    model\n    tokensIn\n    tokensOut\n    participantCount\n    warnings\n    startedAt\n    finishedAt\n    includeFlagged\n    excludedResponses {\n      count\n      reasons {\n        reason\n        count\n      }\n    }\n    quality {\n      silhouette\n      stability\n      evidenceCoverage\n      faithfulness\n    }\n  }\n": typeof types.SynthesisRunFieldsFragmentDoc,
    "\n  query StudyPersonas($id: ID!) {\n    study(id: $id) {\n      id\n      workspace {\n        id\n        myRole\n      }\n      personas {\n        ...PersonaCardFields\n      }\n      synthesisRuns {\n        ...SynthesisRunFields\n      }\n    }\n  }\n": typeof types.StudyPersonasDocument,
    "\n  query SynthesisRunStatus($id: ID!) {\n    synthesisRun(id: $id) {\n      ...SynthesisRunFields\n    }\n  }\n": typeof types.SynthesisRunStatusDocument,
    "\n  mutation StartSynthesis($input: StartSynthesisInput!) {\n    startSynthesis(input: $input) {\n      ...SynthesisRunFields\n    }\n  }\n": typeof types.StartSynthesisDocument,
    "\n  query StudyResponseQuality($id: ID!) {\n    study(id: $id) {\n      id\n      responseQuality {\n        responseCount\n        flaggedCount\n        reasons {\n          reason\n          count\n        }\n      }\n    }\n  }\n": typeof types.StudyResponseQualityDocument,
    "\n  mutation CancelSynthesis($id: ID!) {\n    cancelSynthesis(id: $id) {\n      ...SynthesisRunFields\n    }\n  }\n": typeof types.CancelSynthesisDocument,
    "\n  query WorkspaceApprovedPersonas($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        personas(status: APPROVED) {\n          ...PersonaCardFields\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceApprovedPersonasDocument,
    "\n  query PersonaDetail($id: ID!) {\n    persona(id: $id) {\n      ...PersonaCardFields\n      summary\n      backstory\n      latestVersion\n      approvedVersion\n      reviewState\n      reviewers {\n        id\n        name\n      }\n      traits {\n        ...PersonaTraitFields\n      }\n      quotes {\n        ...PersonaEvidence\n      }\n      sensitiveProfile {\n        ...PersonaSensitiveProfile\n      }\n      draft {\n        version\n        status\n        name\n        tagline\n        summary\n        backstory\n        participantCount\n        smallSegment\n        traits {\n          ...PersonaTraitFields\n        }\n        quotes {\n          ...PersonaEvidence\n        }\n        sensitiveProfile {\n          ...PersonaSensitiveProfile\n        }\n      }\n      reviews {\n        id\n        reviewer {\n          name\n        }\n        decision\n        comment\n        createdAt\n        personaVersion\n        traitMarks {\n          ...PersonaTraitMark\n        }\n      }\n      reviewHistory {\n        id\n        kind\n        actor {\n          id\n          name\n        }\n        createdAt\n        version\n        reviewers {\n          id\n          name\n        }\n        body\n        traitIndex\n        origin\n        fields\n        traitMarks {\n          ...PersonaTraitMark\n        }\n      }\n      comments {\n        id\n        author {\n          name\n        }\n        body\n        traitIndex\n        personaVersion\n        createdAt\n      }\n      synthesisRun {\n        id\n        provider\n        model\n        finishedAt\n        quality {\n          silhouette\n          stability\n          evidenceCoverage\n          faithfulness\n        }\n      }\n      study {\n        id\n        name\n        workspace {\n          id\n          name\n          myRole\n        }\n      }\n    }\n  }\n": typeof types.PersonaDetailDocument,
    "\n  query PersonaReviewerChoices($id: ID!) {\n    workspace(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.PersonaReviewerChoicesDocument,
    "\n  query PersonaHistory($id: ID!) {\n    persona(id: $id) {\n      id\n      reviews {\n        id\n        personaVersion\n        decision\n        reviewer {\n          name\n        }\n        traitMarks {\n          ...PersonaTraitMark\n        }\n      }\n      versions {\n        version\n        status\n        origin\n        createdAt\n        createdBy {\n          name\n        }\n        name\n        traits {\n          text\n        }\n      }\n      auditTrail {\n        id\n        actor {\n          name\n        }\n        action\n        beforeVersion\n        afterVersion\n        createdAt\n        detail\n      }\n    }\n  }\n": typeof types.PersonaHistoryDocument,
    "\n  query PersonaDiff($id: ID!, $from: Int!, $to: Int!) {\n    persona(id: $id) {\n      id\n      diff(from: $from, to: $to) {\n        field\n        change\n        before\n        after\n      }\n    }\n  }\n": typeof types.PersonaDiffDocument,
    "\n  query PersonaSourceText($source: SourceRefInput!) {\n    sourceText(source: $source) {\n      text\n      label\n      interviewId\n      speaker\n      startMs\n      questionTitle\n      conversationId\n      studyId\n    }\n  }\n": typeof types.PersonaSourceTextDocument,
    "\n  query PersonaEvidenceHighlights($studyId: ID!) {\n    highlights(studyId: $studyId, status: ACCEPTED) {\n      id\n      start\n      end\n      text\n      source {\n        type\n        segmentId\n        responseId\n        questionId\n        messageId\n      }\n      code {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PersonaEvidenceHighlightsDocument,
    "\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePersonaDocument,
    "\n  mutation SubmitPersonaForReview($id: ID!, $reviewerIds: [ID!]) {\n    submitPersonaForReview(id: $id, reviewerIds: $reviewerIds) {\n      id\n    }\n  }\n": typeof types.SubmitPersonaForReviewDocument,
    "\n  mutation ReviewPersona($input: ReviewPersonaInput!) {\n    reviewPersona(input: $input) {\n      id\n    }\n  }\n": typeof types.ReviewPersonaDocument,
    "\n  mutation ArchivePersona($id: ID!) {\n    archivePersona(id: $id) {\n      id\n    }\n  }\n": typeof types.ArchivePersonaDocument,
    "\n  mutation CommentOnPersona($personaId: ID!, $body: String!, $traitIndex: Int) {\n    commentOnPersona(personaId: $personaId, body: $body, traitIndex: $traitIndex) {\n      id\n    }\n  }\n": typeof types.CommentOnPersonaDocument,
    "\n  query PersonaPrintCard($id: ID!) {\n    persona(id: $id) {\n      ...PersonaCardFields\n      summary\n      traits {\n        ...PersonaTraitFields\n      }\n      quotes {\n        ...PersonaEvidence\n      }\n      study {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PersonaPrintCardDocument,
    "\n  query PersonaWorkspaceRole($id: ID!) {\n    workspace(id: $id) {\n      id\n      myRole\n    }\n  }\n": typeof types.PersonaWorkspaceRoleDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    scope\n    personaId\n    personaName\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    expiresAt\n    revokedAt\n    active\n    viewCount\n    lastViewedAt\n  }\n": typeof types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks($studyId: ID!) {\n    shareLinks(studyId: $studyId) {\n      ...ShareLinkFields\n    }\n  }\n": typeof types.ShareLinksDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n": typeof types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n": typeof types.RevokeShareLinkDocument,
    "\n  query SharedPersonas($token: String!) {\n    sharedPersonas(token: $token) {\n      scope\n      expiresAt\n      personas {\n        name\n        tagline\n        summary\n        backstory\n        avatarSvg\n        segmentShare\n        participantCount\n        smallSegment\n        traits {\n          kind\n          text\n          share\n          lift\n          sharedByStudy\n          evidence {\n            quote\n            sourceKind\n          }\n        }\n        quotes {\n          quote\n          sourceKind\n        }\n      }\n    }\n  }\n": typeof types.SharedPersonasDocument,
    "\n  query PersonaOverTime($id: ID!) {\n    persona(id: $id) {\n      id\n      shareByMonth {\n        month\n        count\n        total\n        share\n      }\n      drift {\n        approvedAt\n        newcomers\n        assigned\n        shareAtApproval\n        shareNow\n        shareDrifted\n        drifted\n        message\n        traits {\n          label\n          shareAtApproval\n          shareNow\n          drifted\n        }\n      }\n    }\n  }\n": typeof types.PersonaOverTimeDocument,
    "\n  fragment SurveyQuestionFields on Question {\n    id\n    type\n    title\n    description\n    required\n    options {\n      id\n      label\n    }\n    rows {\n      id\n      label\n    }\n    min\n    max\n    minLabel\n    maxLabel\n    showIf {\n      questionId\n      operator\n      value\n    }\n    personaField\n  }\n": typeof types.SurveyQuestionFieldsFragmentDoc,
    "\n  query PublicSurvey($slug: String!, $invitationToken: String) {\n    publicSurvey(slug: $slug, invitationToken: $invitationToken) {\n      title\n      description\n      version\n      oneQuestionPerScreen\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n": typeof types.PublicSurveyDocument,
    "\n  mutation SubmitResponse($input: SubmitResponseInput!) {\n    submitResponse(input: $input) {\n      responseId\n      complete\n    }\n  }\n": typeof types.SubmitResponseDocument,
    "\n  query StudyPersonaChoices($studyId: ID!) {\n    study(id: $studyId) {\n      id\n      personas {\n        id\n        name\n        status\n        segmentShare\n      }\n    }\n  }\n": typeof types.StudyPersonaChoicesDocument,
    "\n  query SurveyResults($surveyId: ID!, $filter: ResultsFilter) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      responseCount\n      completeCount\n      partialCount\n      questions {\n        questionId\n        answered\n        choices {\n          choiceId\n          label\n          count\n          share\n        }\n        mean\n        median\n        nps {\n          score\n          promoters\n          passives\n          detractors\n        }\n        texts(first: 20)\n      }\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  query SurveyResponses($surveyId: ID!, $first: Int!, $after: String, $filter: ResultsFilter) {\n    responses(surveyId: $surveyId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        surveyVersion\n        complete\n        submittedAt\n        hiddenFields\n        qualityFlags {\n          reason\n          detail\n        }\n        answers {\n          questionId\n          value\n        }\n      }\n    }\n  }\n": typeof types.SurveyResponsesDocument,
    "\n  query SurveyQuality($surveyId: ID!) {\n    survey(id: $surveyId) {\n      id\n      qualitySummary {\n        responseCount\n        flaggedCount\n        reasons {\n          reason\n          count\n        }\n      }\n    }\n  }\n": typeof types.SurveyQualityDocument,
    "\n  query SearchEverything(\n    $workspaceId: ID!\n    $query: String!\n    $studyId: ID\n    $sources: [SearchSource!]\n    $codeId: ID\n    $first: Int\n    $after: String\n  ) {\n    search(\n      workspaceId: $workspaceId\n      query: $query\n      studyId: $studyId\n      sources: $sources\n      codeId: $codeId\n      first: $first\n      after: $after\n    ) {\n      hasNextPage\n      endCursor\n      nodes {\n        source\n        id\n        title\n        context\n        snippet\n        highlights {\n          start\n          end\n        }\n        studyId\n        studyName\n        link\n        speakerRole\n      }\n    }\n  }\n": typeof types.SearchEverythingDocument,
    "\n  query SearchFilters($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      name\n      studies {\n        id\n        name\n        codes {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchFiltersDocument,
    "\n  query StudyOverview($id: ID!) {\n    study(id: $id) {\n      id\n      name\n      description\n      workspace {\n        id\n        name\n        myRole\n      }\n      surveys {\n        id\n        title\n        status\n      }\n      interviews {\n        id\n        title\n      }\n      codes {\n        id\n        name\n        category\n      }\n      personas {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.StudyOverviewDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    token\n    status\n    delivery {\n      state\n      sentAt\n      openedAt\n      reminders\n      maxReminders\n      reminderAfterDays\n      nextReminderAt\n      lastError\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query SurveyInvitations($surveyId: ID!) {\n    emailEnabled\n    invitations(surveyId: $surveyId) {\n      ...InvitationFields\n    }\n  }\n": typeof types.SurveyInvitationsDocument,
    "\n  mutation SendSurveyInvitations($input: SendSurveyInvitationsInput!) {\n    sendSurveyInvitations(input: $input) {\n      sent {\n        ...InvitationFields\n      }\n      rejected {\n        line\n        text\n        reason\n        message\n      }\n      emailEnabled\n    }\n  }\n": typeof types.SendSurveyInvitationsDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  query SurveyEditor($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n      description\n      status\n      slug\n      version\n      anonymous\n      closesAt\n      responseLimit\n      oneQuestionPerScreen\n      hasUnpublishedChanges\n      responseCount\n      completeCount\n      study {\n        id\n        name\n        workspace {\n          id\n          myRole\n        }\n      }\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n": typeof types.SurveyEditorDocument,
    "\n  mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n      slug\n    }\n  }\n": typeof types.UpdateSurveyDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n": typeof types.PublishSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  query SurveyAnalysis($id: ID!) {\n    survey(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n          myRole\n        }\n      }\n      questions {\n        id\n        title\n        type\n        personaField\n        sensitive\n        sensitiveOptIn\n        attentionCheck {\n          expected\n        }\n      }\n    }\n  }\n": typeof types.SurveyAnalysisDocument,
    "\n  mutation UpdateQuestionAnalysis($surveyId: ID!, $questions: [QuestionAnalysisInput!]!) {\n    updateQuestionAnalysis(surveyId: $surveyId, questions: $questions) {\n      id\n      questions {\n        id\n        title\n        type\n        personaField\n        sensitive\n        sensitiveOptIn\n        attentionCheck {\n          expected\n        }\n      }\n    }\n  }\n": typeof types.UpdateQuestionAnalysisDocument,
    "\n  mutation ImportSurveyCsv($input: ImportSurveyCsvInput!) {\n    importSurveyCsv(input: $input) {\n      id\n    }\n  }\n": typeof types.ImportSurveyCsvDocument,
    "\n  query ParticipantLink($surveyId: ID!, $label: String!) {\n    participantLink(surveyId: $surveyId, label: $label) {\n      label\n      path\n    }\n  }\n": typeof types.ParticipantLinkDocument,
    "\n  query StudySurveys($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        status\n        version\n        responseCount\n        completeCount\n        hasUnpublishedChanges\n      }\n    }\n  }\n": typeof types.StudySurveysDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation UnsubscribeFromSurvey($token: String!) {\n    unsubscribeFromSurvey(token: $token)\n  }\n": typeof types.UnsubscribeFromSurveyDocument,
    "\n  query PreviewSurveyCsv($input: PreviewSurveyCsvInput!) {\n    previewSurveyCsv(input: $input) {\n      rowCount\n      warnings\n      columns {\n        index\n        header\n        type\n        personaField\n        sensitive\n        skip\n        reason\n        sampleValues\n        customerId\n        attentionCheck {\n          expected\n        }\n      }\n    }\n  }\n": typeof types.PreviewSurveyCsvDocument,
    "\n  fragment ThemeFields on Theme {\n    id\n    label\n    description\n    keyphrases\n    questionId\n    sourceLabel\n    unitCount\n    pendingSuggestions\n    acceptedSuggestions\n    code {\n      id\n      name\n      category\n    }\n    examples(first: 3) {\n      id\n      text\n    }\n  }\n": typeof types.ThemeFieldsFragmentDoc,
    "\n  fragment ThemeRunFields on ThemeRun {\n    id\n    status\n    progress\n    error\n    message\n    themeCount\n    suggestionCount\n  }\n": typeof types.ThemeRunFieldsFragmentDoc,
    "\n  query StudyThemes($studyId: ID!) {\n    themes(studyId: $studyId) {\n      ...ThemeFields\n    }\n  }\n": typeof types.StudyThemesDocument,
    "\n  query ThemeQuestions($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        questions {\n          id\n          title\n          type\n        }\n      }\n    }\n  }\n": typeof types.ThemeQuestionsDocument,
    "\n  mutation DiscoverThemes($input: DiscoverThemesInput!) {\n    discoverThemes(input: $input) {\n      ...ThemeRunFields\n    }\n  }\n": typeof types.DiscoverThemesDocument,
    "\n  query ThemeRun($id: ID!) {\n    themeRun(id: $id) {\n      ...ThemeRunFields\n    }\n  }\n": typeof types.ThemeRunDocument,
    "\n  mutation AcceptTheme($id: ID!) {\n    acceptTheme(id: $id) {\n      ...ThemeFields\n    }\n  }\n": typeof types.AcceptThemeDocument,
    "\n  mutation UndoAcceptTheme($id: ID!) {\n    undoAcceptTheme(id: $id) {\n      ...ThemeFields\n    }\n  }\n": typeof types.UndoAcceptThemeDocument,
    "\n  mutation RenameTheme($id: ID!, $label: String!) {\n    renameTheme(id: $id, label: $label) {\n      ...ThemeFields\n    }\n  }\n": typeof types.RenameThemeDocument,
    "\n  mutation MergeThemes($sourceId: ID!, $targetId: ID!) {\n    mergeThemes(sourceId: $sourceId, targetId: $targetId) {\n      ...ThemeFields\n    }\n  }\n": typeof types.MergeThemesDocument,
    "\n  mutation DropTheme($id: ID!) {\n    dropTheme(id: $id)\n  }\n": typeof types.DropThemeDocument,
    "\n  query WorkspaceMembers($id: ID!) {\n    emailEnabled\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceMembersDocument,
    "\n  mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    addMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      role\n      invitationLink\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {\n    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {\n      role\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query WorkspaceAuditLog($id: ID!, $first: Int) {\n    workspace(id: $id) {\n      id\n      auditLog(first: $first) {\n        id\n        action\n        actor {\n          id\n          name\n        }\n        targetUser {\n          id\n          name\n        }\n        targetEmail\n        roleBefore\n        roleAfter\n        at\n      }\n    }\n  }\n": typeof types.WorkspaceAuditLogDocument,
    "\n  query InvitationPreview($token: String!) {\n    workspaceInvitationPreview(token: $token) {\n      workspaceName\n      role\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitationByToken($token: String!) {\n    acceptInvitationByToken(token: $token) {\n      id\n      name\n    }\n  }\n": typeof types.AcceptInvitationByTokenDocument,
    "\n  mutation LeaveWorkspace($workspaceId: ID!) {\n    leaveWorkspace(workspaceId: $workspaceId)\n  }\n": typeof types.LeaveWorkspaceDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      workspaceName\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id)\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  query WorkspaceInvitations($id: ID!) {\n    workspace(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": typeof types.WorkspaceInvitationsDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query WorkspaceStudies($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.WorkspaceStudiesDocument,
    "\n  mutation CreateStudy($input: CreateStudyInput!) {\n    createStudy(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStudyDocument,
    "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  query SurveyWorkspace($id: ID!) {\n    survey(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SurveyWorkspaceDocument,
    "\n  query PersonaWorkspace($id: ID!) {\n    persona(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PersonaWorkspaceDocument,
    "\n  query InterviewWorkspace($id: ID!) {\n    interview(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InterviewWorkspaceDocument,
    "\n  query StudyWorkspace($id: ID!) {\n    study(id: $id) {\n      id\n      workspace {\n        id\n      }\n    }\n  }\n": typeof types.StudyWorkspaceDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      deviceToken\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      deviceToken\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query WorkspaceList {\n    workspaces {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": typeof types.WorkspaceListDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query AccountEmailSettings {\n    emailEnabled\n    notificationSettings {\n      kind\n      email\n    }\n  }\n": types.AccountEmailSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: [NotificationSettingInput!]!) {\n    updateNotificationSettings(input: $input) {\n      kind\n      email\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  query StudyAnalyticsImports($id: ID!) {\n    study(id: $id) {\n      id\n      analyticsImports {\n        id\n        kind\n        fileName\n        status\n        bytesRead\n        rowsRead\n        rowsSkipped\n        events\n        users\n        linked\n        unlinked\n        features\n        error\n        createdAt\n      }\n    }\n  }\n": types.StudyAnalyticsImportsDocument,
    "\n  query PreviewAnalyticsCsv($studyId: ID!, $sample: String!, $whole: Boolean) {\n    previewAnalyticsCsv(studyId: $studyId, sample: $sample, whole: $whole) {\n      columns\n      rows\n      timeColumns\n      numericColumns\n      proposal {\n        kind\n        userColumn\n        eventColumn\n        timeColumn\n        propertiesColumn\n        metricColumns\n      }\n    }\n  }\n": types.PreviewAnalyticsCsvDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query CodeHighlightsPage($codeId: ID!, $first: Int!, $offset: Int!) {\n    codeHighlights(codeId: $codeId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        text\n        status\n        coder\n        confidence\n        source {\n          type\n          segmentId\n          responseId\n          questionId\n          messageId\n        }\n        place {\n          label\n          interviewId\n          surveyId\n          speaker\n          conversationId\n        }\n      }\n    }\n  }\n": types.CodeHighlightsPageDocument,
    "\n  query CodeHighlightCoders($studyId: ID!) {\n    study(id: $studyId) {\n      id\n      workspace {\n        id\n        members {\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CodeHighlightCodersDocument,
    "\n  mutation CodingCreateCode($input: CreateCodeInput!) {\n    createCode(input: $input) {\n      id\n      name\n    }\n  }\n": types.CodingCreateCodeDocument,
    "\n  mutation CodingUpdateCode($id: ID!, $input: UpdateCodeInput!) {\n    updateCode(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.CodingUpdateCodeDocument,
    "\n  mutation CodingMergeCodes($sourceId: ID!, $targetId: ID!) {\n    mergeCodes(sourceId: $sourceId, targetId: $targetId) {\n      id\n      name\n    }\n  }\n": types.CodingMergeCodesDocument,
    "\n  mutation CodingDeleteCode($id: ID!, $force: Boolean) {\n    deleteCode(id: $id, force: $force)\n  }\n": types.CodingDeleteCodeDocument,
    "\n  mutation CodingImportCodebook($studyId: ID!, $format: CodebookFormat!, $content: String!) {\n    importCodebook(studyId: $studyId, format: $format, content: $content) {\n      id\n    }\n  }\n": types.CodingImportCodebookDocument,
    "\n  query CodingCodebook($id: ID!) {\n    study(id: $id) {\n      id\n      codes {\n        id\n        name\n        description\n        category\n        highlightCount\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.CodingCodebookDocument,
    "\n  fragment CodingHighlightFields on Highlight {\n    id\n    start\n    end\n    text\n    status\n    coder\n    confidence\n    code {\n      id\n      name\n      category\n    }\n    source {\n      type\n      segmentId\n      responseId\n      questionId\n      messageId\n    }\n  }\n": types.CodingHighlightFieldsFragmentDoc,
    "\n  query CodingHighlights($studyId: ID!, $status: HighlightStatus, $codeId: ID) {\n    highlights(studyId: $studyId, status: $status, codeId: $codeId) {\n      ...CodingHighlightFields\n    }\n  }\n": types.CodingHighlightsDocument,
    "\n  mutation CodingApplyCode($input: ApplyCodeInput!) {\n    applyCode(input: $input) {\n      ...CodingHighlightFields\n    }\n  }\n": types.CodingApplyCodeDocument,
    "\n  mutation CodingRemoveHighlight($id: ID!) {\n    removeHighlight(id: $id)\n  }\n": types.CodingRemoveHighlightDocument,
    "\n  mutation CodingReviewSuggestion($id: ID!, $accept: Boolean!) {\n    reviewSuggestion(id: $id, accept: $accept) {\n      id\n      status\n    }\n  }\n": types.CodingReviewSuggestionDocument,
    "\n  mutation CodingReviewSuggestions($ids: [ID!]!, $accept: Boolean!) {\n    reviewSuggestions(ids: $ids, accept: $accept)\n  }\n": types.CodingReviewSuggestionsDocument,
    "\n  mutation CodingReopenSuggestions($ids: [ID!]!) {\n    reopenSuggestions(ids: $ids)\n  }\n": types.CodingReopenSuggestionsDocument,
    "\n  mutation CodingAcceptSuggestions($studyId: ID!, $codeId: ID!, $minConfidence: Float!) {\n    acceptSuggestions(studyId: $studyId, codeId: $codeId, minConfidence: $minConfidence)\n  }\n": types.CodingAcceptSuggestionsDocument,
    "\n  query CodingCoders($id: ID!) {\n    study(id: $id) {\n      id\n      workspace {\n        id\n        members {\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CodingCodersDocument,
    "\n  query CodingAgreement($studyId: ID!, $coderA: String!, $coderB: String!) {\n    codingAgreement(studyId: $studyId, coderA: $coderA, coderB: $coderB) {\n      units\n      sharedUnits\n      minSharedUnits\n      enough\n      observed\n      cohensKappa\n      perCode {\n        codeId\n        codeName\n        units\n        observed\n        cohensKappa\n      }\n    }\n  }\n": types.CodingAgreementDocument,
    "\n  query CodingAnswerText($source: SourceRefInput!) {\n    sourceText(source: $source) {\n      text\n    }\n  }\n": types.CodingAnswerTextDocument,
    "\n  query CodingResponses($surveyId: ID!, $first: Int!, $after: String) {\n    responses(surveyId: $surveyId, first: $first, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        answers {\n          questionId\n          value\n        }\n      }\n    }\n  }\n": types.CodingResponsesDocument,
    "\n  query CodingSurveys($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        questions {\n          id\n          title\n          type\n        }\n      }\n    }\n  }\n": types.CodingSurveysDocument,
    "\n  query LatestCalibration($studyId: ID!) {\n    latestCalibration(studyId: $studyId) {\n      id\n      status\n      progress\n      error\n      provider\n      coder\n      sampleSize\n      sampledUnits\n      createdAt\n      finishedAt\n      result {\n        units\n        minSharedUnits\n        enough\n        observed\n        cohensKappa\n        perCode {\n          codeId\n          codeName\n          units\n          humanUses\n          coderUses\n          observed\n          cohensKappa\n          precision\n          recall\n          enough\n        }\n      }\n    }\n  }\n": types.LatestCalibrationDocument,
    "\n  mutation StartCalibration($studyId: ID!, $provider: String, $sampleSize: Int) {\n    startCalibration(studyId: $studyId, provider: $provider, sampleSize: $sampleSize) {\n      id\n    }\n  }\n": types.StartCalibrationDocument,
    "\n  mutation SuggestCodes($studyId: ID!, $provider: String) {\n    suggestCodes(studyId: $studyId, provider: $provider) {\n      id\n      status\n      progress\n      error\n      suggestions\n      provider\n    }\n  }\n": types.SuggestCodesDocument,
    "\n  query CodingRun($id: ID!) {\n    codingRun(id: $id) {\n      id\n      status\n      progress\n      error\n      suggestions\n      provider\n    }\n  }\n": types.CodingRunDocument,
    "\n  query CodingQueueQuestions($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        questions {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CodingQueueQuestionsDocument,
    "\n  query FeedbackImports($studyId: ID!) {\n    feedbackImports(studyId: $studyId) {\n      id\n      kind\n      format\n      fileName\n      status\n      bytesTotal\n      bytesRead\n      rowsRead\n      conversationCount\n      messageCount\n      emptyDropped\n      datesUnparsed\n      warnings\n      error\n      createdAt\n    }\n  }\n": types.FeedbackImportsDocument,
    "\n  query FeedbackConversations($studyId: ID!, $kind: FeedbackKind, $offset: Int, $limit: Int) {\n    feedbackConversations(studyId: $studyId, kind: $kind, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kind\n        title\n        rating\n        createdAt\n        customerLabel\n        messageCount\n      }\n    }\n  }\n": types.FeedbackConversationsDocument,
    "\n  query FeedbackConversation($id: ID!) {\n    feedbackConversation(id: $id) {\n      id\n      studyId\n      kind\n      title\n      rating\n      createdAt\n      customerLabel\n      messages {\n        id\n        index\n        role\n        text\n        sentAt\n      }\n    }\n  }\n": types.FeedbackConversationDocument,
    "\n  mutation PreviewFeedbackImport($studyId: ID!, $kind: FeedbackKind!, $sample: String!, $mapping: [FeedbackColumnInput!]) {\n    previewFeedbackImport(studyId: $studyId, kind: $kind, sample: $sample, mapping: $mapping) {\n      format\n      dayOrder\n      rows\n      conversations\n      messages\n      emptyDropped\n      datesUnparsed\n      warnings\n      columns {\n        index\n        header\n        field\n        samples\n      }\n    }\n  }\n": types.PreviewFeedbackImportDocument,
    "\n  mutation DeleteFeedbackImport($id: ID!) {\n    deleteFeedbackImport(id: $id)\n  }\n": types.DeleteFeedbackImportDocument,
    "\n  query InboxNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        link\n        createdAt\n        read\n        actor {\n          id\n          name\n        }\n      }\n      endCursor\n    }\n  }\n": types.InboxNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query ReviewQueue {\n    reviewQueue {\n      id\n      name\n      status\n      study {\n        id\n        name\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ImportTranscript($input: ImportTranscriptInput!) {\n    importTranscript(input: $input) {\n      id\n    }\n  }\n": types.ImportTranscriptDocument,
    "\n  mutation SetInterviewCustomer($id: ID!, $customerId: String) {\n    setInterviewCustomer(interviewId: $id, customerId: $customerId) {\n      id\n      customerLabel\n    }\n  }\n": types.SetInterviewCustomerDocument,
    "\n  query InterviewReader($id: ID!) {\n    interview(id: $id) {\n      id\n      title\n      conductedAt\n      interviewerSpeakers\n      segmentCount\n      customerLabel\n      participant {\n        id\n        label\n      }\n      segments {\n        id\n        index\n        speaker\n        startMs\n        endMs\n        text\n        isInterviewer\n      }\n    }\n    workspaces {\n      id\n      name\n      myRole\n      studies {\n        id\n        name\n        interviews {\n          id\n        }\n      }\n    }\n  }\n": types.InterviewReaderDocument,
    "\n  query StudyInterviews($id: ID!) {\n    study(id: $id) {\n      id\n      interviews {\n        id\n        title\n        conductedAt\n        segmentCount\n        participant {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.StudyInterviewsDocument,
    "\n  query PersonaMembers($id: ID!, $first: Int!, $after: String) {\n    persona(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        endCursor\n        nodes {\n          id\n          label\n          fit\n          participant {\n            id\n            label\n          }\n          responses {\n            id\n            surveyId\n            surveyTitle\n            submittedAt\n          }\n          interviewIds\n        }\n      }\n    }\n  }\n": types.PersonaMembersDocument,
    "\n  fragment PersonaEvidence on Evidence {\n    source {\n      type\n      segmentId\n      responseId\n      questionId\n      messageId\n    }\n    start\n    end\n    quote\n    questionTitle\n    participant {\n      label\n    }\n  }\n": types.PersonaEvidenceFragmentDoc,
    "\n  fragment PersonaTraitMark on TraitMark {\n    traitIndex\n    ok\n    note\n  }\n": types.PersonaTraitMarkFragmentDoc,
    "\n  fragment PersonaTraitFields on PersonaTrait {\n    kind\n    text\n    share\n    lift\n    sharedByStudy\n    evidence {\n      ...PersonaEvidence\n    }\n  }\n": types.PersonaTraitFieldsFragmentDoc,
    "\n  fragment PersonaSensitiveProfile on SensitiveProfile {\n    question\n    answered\n    values {\n      label\n      share\n      studyShare\n    }\n  }\n": types.PersonaSensitiveProfileFragmentDoc,
    "\n  fragment PersonaCardFields on Persona {\n    id\n    name\n    tagline\n    avatarSvg\n    status\n    latestStatus\n    reviewState\n    version\n    segmentShare\n    participantCount\n    segmentVanished\n    smallSegment\n  }\n": types.PersonaCardFieldsFragmentDoc,
    "\n  fragment SynthesisRunFields on SynthesisRun {\n    id\n    status\n    progress\n    stage\n    error\n    provider\n    model\n    tokensIn\n    tokensOut\n    participantCount\n    warnings\n    startedAt\n    finishedAt\n    includeFlagged\n    excludedResponses {\n      count\n      reasons {\n        reason\n        count\n      }\n    }\n    quality {\n      silhouette\n      stability\n      evidenceCoverage\n      faithfulness\n    }\n  }\n": types.SynthesisRunFieldsFragmentDoc,
    "\n  query StudyPersonas($id: ID!) {\n    study(id: $id) {\n      id\n      workspace {\n        id\n        myRole\n      }\n      personas {\n        ...PersonaCardFields\n      }\n      synthesisRuns {\n        ...SynthesisRunFields\n      }\n    }\n  }\n": types.StudyPersonasDocument,
    "\n  query SynthesisRunStatus($id: ID!) {\n    synthesisRun(id: $id) {\n      ...SynthesisRunFields\n    }\n  }\n": types.SynthesisRunStatusDocument,
    "\n  mutation StartSynthesis($input: StartSynthesisInput!) {\n    startSynthesis(input: $input) {\n      ...SynthesisRunFields\n    }\n  }\n": types.StartSynthesisDocument,
    "\n  query StudyResponseQuality($id: ID!) {\n    study(id: $id) {\n      id\n      responseQuality {\n        responseCount\n        flaggedCount\n        reasons {\n          reason\n          count\n        }\n      }\n    }\n  }\n": types.StudyResponseQualityDocument,
    "\n  mutation CancelSynthesis($id: ID!) {\n    cancelSynthesis(id: $id) {\n      ...SynthesisRunFields\n    }\n  }\n": types.CancelSynthesisDocument,
    "\n  query WorkspaceApprovedPersonas($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        personas(status: APPROVED) {\n          ...PersonaCardFields\n        }\n      }\n    }\n  }\n": types.WorkspaceApprovedPersonasDocument,
    "\n  query PersonaDetail($id: ID!) {\n    persona(id: $id) {\n      ...PersonaCardFields\n      summary\n      backstory\n      latestVersion\n      approvedVersion\n      reviewState\n      reviewers {\n        id\n        name\n      }\n      traits {\n        ...PersonaTraitFields\n      }\n      quotes {\n        ...PersonaEvidence\n      }\n      sensitiveProfile {\n        ...PersonaSensitiveProfile\n      }\n      draft {\n        version\n        status\n        name\n        tagline\n        summary\n        backstory\n        participantCount\n        smallSegment\n        traits {\n          ...PersonaTraitFields\n        }\n        quotes {\n          ...PersonaEvidence\n        }\n        sensitiveProfile {\n          ...PersonaSensitiveProfile\n        }\n      }\n      reviews {\n        id\n        reviewer {\n          name\n        }\n        decision\n        comment\n        createdAt\n        personaVersion\n        traitMarks {\n          ...PersonaTraitMark\n        }\n      }\n      reviewHistory {\n        id\n        kind\n        actor {\n          id\n          name\n        }\n        createdAt\n        version\n        reviewers {\n          id\n          name\n        }\n        body\n        traitIndex\n        origin\n        fields\n        traitMarks {\n          ...PersonaTraitMark\n        }\n      }\n      comments {\n        id\n        author {\n          name\n        }\n        body\n        traitIndex\n        personaVersion\n        createdAt\n      }\n      synthesisRun {\n        id\n        provider\n        model\n        finishedAt\n        quality {\n          silhouette\n          stability\n          evidenceCoverage\n          faithfulness\n        }\n      }\n      study {\n        id\n        name\n        workspace {\n          id\n          name\n          myRole\n        }\n      }\n    }\n  }\n": types.PersonaDetailDocument,
    "\n  query PersonaReviewerChoices($id: ID!) {\n    workspace(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.PersonaReviewerChoicesDocument,
    "\n  query PersonaHistory($id: ID!) {\n    persona(id: $id) {\n      id\n      reviews {\n        id\n        personaVersion\n        decision\n        reviewer {\n          name\n        }\n        traitMarks {\n          ...PersonaTraitMark\n        }\n      }\n      versions {\n        version\n        status\n        origin\n        createdAt\n        createdBy {\n          name\n        }\n        name\n        traits {\n          text\n        }\n      }\n      auditTrail {\n        id\n        actor {\n          name\n        }\n        action\n        beforeVersion\n        afterVersion\n        createdAt\n        detail\n      }\n    }\n  }\n": types.PersonaHistoryDocument,
    "\n  query PersonaDiff($id: ID!, $from: Int!, $to: Int!) {\n    persona(id: $id) {\n      id\n      diff(from: $from, to: $to) {\n        field\n        change\n        before\n        after\n      }\n    }\n  }\n": types.PersonaDiffDocument,
    "\n  query PersonaSourceText($source: SourceRefInput!) {\n    sourceText(source: $source) {\n      text\n      label\n      interviewId\n      speaker\n      startMs\n      questionTitle\n      conversationId\n      studyId\n    }\n  }\n": types.PersonaSourceTextDocument,
    "\n  query PersonaEvidenceHighlights($studyId: ID!) {\n    highlights(studyId: $studyId, status: ACCEPTED) {\n      id\n      start\n      end\n      text\n      source {\n        type\n        segmentId\n        responseId\n        questionId\n        messageId\n      }\n      code {\n        id\n        name\n      }\n    }\n  }\n": types.PersonaEvidenceHighlightsDocument,
    "\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdatePersonaDocument,
    "\n  mutation SubmitPersonaForReview($id: ID!, $reviewerIds: [ID!]) {\n    submitPersonaForReview(id: $id, reviewerIds: $reviewerIds) {\n      id\n    }\n  }\n": types.SubmitPersonaForReviewDocument,
    "\n  mutation ReviewPersona($input: ReviewPersonaInput!) {\n    reviewPersona(input: $input) {\n      id\n    }\n  }\n": types.ReviewPersonaDocument,
    "\n  mutation ArchivePersona($id: ID!) {\n    archivePersona(id: $id) {\n      id\n    }\n  }\n": types.ArchivePersonaDocument,
    "\n  mutation CommentOnPersona($personaId: ID!, $body: String!, $traitIndex: Int) {\n    commentOnPersona(personaId: $personaId, body: $body, traitIndex: $traitIndex) {\n      id\n    }\n  }\n": types.CommentOnPersonaDocument,
    "\n  query PersonaPrintCard($id: ID!) {\n    persona(id: $id) {\n      ...PersonaCardFields\n      summary\n      traits {\n        ...PersonaTraitFields\n      }\n      quotes {\n        ...PersonaEvidence\n      }\n      study {\n        id\n        name\n      }\n    }\n  }\n": types.PersonaPrintCardDocument,
    "\n  query PersonaWorkspaceRole($id: ID!) {\n    workspace(id: $id) {\n      id\n      myRole\n    }\n  }\n": types.PersonaWorkspaceRoleDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    scope\n    personaId\n    personaName\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    expiresAt\n    revokedAt\n    active\n    viewCount\n    lastViewedAt\n  }\n": types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks($studyId: ID!) {\n    shareLinks(studyId: $studyId) {\n      ...ShareLinkFields\n    }\n  }\n": types.ShareLinksDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n": types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n": types.RevokeShareLinkDocument,
    "\n  query SharedPersonas($token: String!) {\n    sharedPersonas(token: $token) {\n      scope\n      expiresAt\n      personas {\n        name\n        tagline\n        summary\n        backstory\n        avatarSvg\n        segmentShare\n        participantCount\n        smallSegment\n        traits {\n          kind\n          text\n          share\n          lift\n          sharedByStudy\n          evidence {\n            quote\n            sourceKind\n          }\n        }\n        quotes {\n          quote\n          sourceKind\n        }\n      }\n    }\n  }\n": types.SharedPersonasDocument,
    "\n  query PersonaOverTime($id: ID!) {\n    persona(id: $id) {\n      id\n      shareByMonth {\n        month\n        count\n        total\n        share\n      }\n      drift {\n        approvedAt\n        newcomers\n        assigned\n        shareAtApproval\n        shareNow\n        shareDrifted\n        drifted\n        message\n        traits {\n          label\n          shareAtApproval\n          shareNow\n          drifted\n        }\n      }\n    }\n  }\n": types.PersonaOverTimeDocument,
    "\n  fragment SurveyQuestionFields on Question {\n    id\n    type\n    title\n    description\n    required\n    options {\n      id\n      label\n    }\n    rows {\n      id\n      label\n    }\n    min\n    max\n    minLabel\n    maxLabel\n    showIf {\n      questionId\n      operator\n      value\n    }\n    personaField\n  }\n": types.SurveyQuestionFieldsFragmentDoc,
    "\n  query PublicSurvey($slug: String!, $invitationToken: String) {\n    publicSurvey(slug: $slug, invitationToken: $invitationToken) {\n      title\n      description\n      version\n      oneQuestionPerScreen\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n": types.PublicSurveyDocument,
    "\n  mutation SubmitResponse($input: SubmitResponseInput!) {\n    submitResponse(input: $input) {\n      responseId\n      complete\n    }\n  }\n": types.SubmitResponseDocument,
    "\n  query StudyPersonaChoices($studyId: ID!) {\n    study(id: $studyId) {\n      id\n      personas {\n        id\n        name\n        status\n        segmentShare\n      }\n    }\n  }\n": types.StudyPersonaChoicesDocument,
    "\n  query SurveyResults($surveyId: ID!, $filter: ResultsFilter) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      responseCount\n      completeCount\n      partialCount\n      questions {\n        questionId\n        answered\n        choices {\n          choiceId\n          label\n          count\n          share\n        }\n        mean\n        median\n        nps {\n          score\n          promoters\n          passives\n          detractors\n        }\n        texts(first: 20)\n      }\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  query SurveyResponses($surveyId: ID!, $first: Int!, $after: String, $filter: ResultsFilter) {\n    responses(surveyId: $surveyId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        surveyVersion\n        complete\n        submittedAt\n        hiddenFields\n        qualityFlags {\n          reason\n          detail\n        }\n        answers {\n          questionId\n          value\n        }\n      }\n    }\n  }\n": types.SurveyResponsesDocument,
    "\n  query SurveyQuality($surveyId: ID!) {\n    survey(id: $surveyId) {\n      id\n      qualitySummary {\n        responseCount\n        flaggedCount\n        reasons {\n          reason\n          count\n        }\n      }\n    }\n  }\n": types.SurveyQualityDocument,
    "\n  query SearchEverything(\n    $workspaceId: ID!\n    $query: String!\n    $studyId: ID\n    $sources: [SearchSource!]\n    $codeId: ID\n    $first: Int\n    $after: String\n  ) {\n    search(\n      workspaceId: $workspaceId\n      query: $query\n      studyId: $studyId\n      sources: $sources\n      codeId: $codeId\n      first: $first\n      after: $after\n    ) {\n      hasNextPage\n      endCursor\n      nodes {\n        source\n        id\n        title\n        context\n        snippet\n        highlights {\n          start\n          end\n        }\n        studyId\n        studyName\n        link\n        speakerRole\n      }\n    }\n  }\n": types.SearchEverythingDocument,
    "\n  query SearchFilters($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      name\n      studies {\n        id\n        name\n        codes {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SearchFiltersDocument,
    "\n  query StudyOverview($id: ID!) {\n    study(id: $id) {\n      id\n      name\n      description\n      workspace {\n        id\n        name\n        myRole\n      }\n      surveys {\n        id\n        title\n        status\n      }\n      interviews {\n        id\n        title\n      }\n      codes {\n        id\n        name\n        category\n      }\n      personas {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.StudyOverviewDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    token\n    status\n    delivery {\n      state\n      sentAt\n      openedAt\n      reminders\n      maxReminders\n      reminderAfterDays\n      nextReminderAt\n      lastError\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query SurveyInvitations($surveyId: ID!) {\n    emailEnabled\n    invitations(surveyId: $surveyId) {\n      ...InvitationFields\n    }\n  }\n": types.SurveyInvitationsDocument,
    "\n  mutation SendSurveyInvitations($input: SendSurveyInvitationsInput!) {\n    sendSurveyInvitations(input: $input) {\n      sent {\n        ...InvitationFields\n      }\n      rejected {\n        line\n        text\n        reason\n        message\n      }\n      emailEnabled\n    }\n  }\n": types.SendSurveyInvitationsDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  query SurveyEditor($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n      description\n      status\n      slug\n      version\n      anonymous\n      closesAt\n      responseLimit\n      oneQuestionPerScreen\n      hasUnpublishedChanges\n      responseCount\n      completeCount\n      study {\n        id\n        name\n        workspace {\n          id\n          myRole\n        }\n      }\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n": types.SurveyEditorDocument,
    "\n  mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n      slug\n    }\n  }\n": types.UpdateSurveyDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n": types.PublishSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  query SurveyAnalysis($id: ID!) {\n    survey(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n          myRole\n        }\n      }\n      questions {\n        id\n        title\n        type\n        personaField\n        sensitive\n        sensitiveOptIn\n        attentionCheck {\n          expected\n        }\n      }\n    }\n  }\n": types.SurveyAnalysisDocument,
    "\n  mutation UpdateQuestionAnalysis($surveyId: ID!, $questions: [QuestionAnalysisInput!]!) {\n    updateQuestionAnalysis(surveyId: $surveyId, questions: $questions) {\n      id\n      questions {\n        id\n        title\n        type\n        personaField\n        sensitive\n        sensitiveOptIn\n        attentionCheck {\n          expected\n        }\n      }\n    }\n  }\n": types.UpdateQuestionAnalysisDocument,
    "\n  mutation ImportSurveyCsv($input: ImportSurveyCsvInput!) {\n    importSurveyCsv(input: $input) {\n      id\n    }\n  }\n": types.ImportSurveyCsvDocument,
    "\n  query ParticipantLink($surveyId: ID!, $label: String!) {\n    participantLink(surveyId: $surveyId, label: $label) {\n      label\n      path\n    }\n  }\n": types.ParticipantLinkDocument,
    "\n  query StudySurveys($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        status\n        version\n        responseCount\n        completeCount\n        hasUnpublishedChanges\n      }\n    }\n  }\n": types.StudySurveysDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation UnsubscribeFromSurvey($token: String!) {\n    unsubscribeFromSurvey(token: $token)\n  }\n": types.UnsubscribeFromSurveyDocument,
    "\n  query PreviewSurveyCsv($input: PreviewSurveyCsvInput!) {\n    previewSurveyCsv(input: $input) {\n      rowCount\n      warnings\n      columns {\n        index\n        header\n        type\n        personaField\n        sensitive\n        skip\n        reason\n        sampleValues\n        customerId\n        attentionCheck {\n          expected\n        }\n      }\n    }\n  }\n": types.PreviewSurveyCsvDocument,
    "\n  fragment ThemeFields on Theme {\n    id\n    label\n    description\n    keyphrases\n    questionId\n    sourceLabel\n    unitCount\n    pendingSuggestions\n    acceptedSuggestions\n    code {\n      id\n      name\n      category\n    }\n    examples(first: 3) {\n      id\n      text\n    }\n  }\n": types.ThemeFieldsFragmentDoc,
    "\n  fragment ThemeRunFields on ThemeRun {\n    id\n    status\n    progress\n    error\n    message\n    themeCount\n    suggestionCount\n  }\n": types.ThemeRunFieldsFragmentDoc,
    "\n  query StudyThemes($studyId: ID!) {\n    themes(studyId: $studyId) {\n      ...ThemeFields\n    }\n  }\n": types.StudyThemesDocument,
    "\n  query ThemeQuestions($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        questions {\n          id\n          title\n          type\n        }\n      }\n    }\n  }\n": types.ThemeQuestionsDocument,
    "\n  mutation DiscoverThemes($input: DiscoverThemesInput!) {\n    discoverThemes(input: $input) {\n      ...ThemeRunFields\n    }\n  }\n": types.DiscoverThemesDocument,
    "\n  query ThemeRun($id: ID!) {\n    themeRun(id: $id) {\n      ...ThemeRunFields\n    }\n  }\n": types.ThemeRunDocument,
    "\n  mutation AcceptTheme($id: ID!) {\n    acceptTheme(id: $id) {\n      ...ThemeFields\n    }\n  }\n": types.AcceptThemeDocument,
    "\n  mutation UndoAcceptTheme($id: ID!) {\n    undoAcceptTheme(id: $id) {\n      ...ThemeFields\n    }\n  }\n": types.UndoAcceptThemeDocument,
    "\n  mutation RenameTheme($id: ID!, $label: String!) {\n    renameTheme(id: $id, label: $label) {\n      ...ThemeFields\n    }\n  }\n": types.RenameThemeDocument,
    "\n  mutation MergeThemes($sourceId: ID!, $targetId: ID!) {\n    mergeThemes(sourceId: $sourceId, targetId: $targetId) {\n      ...ThemeFields\n    }\n  }\n": types.MergeThemesDocument,
    "\n  mutation DropTheme($id: ID!) {\n    dropTheme(id: $id)\n  }\n": types.DropThemeDocument,
    "\n  query WorkspaceMembers($id: ID!) {\n    emailEnabled\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.WorkspaceMembersDocument,
    "\n  mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    addMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      role\n      invitationLink\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {\n    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {\n      role\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  query WorkspaceAuditLog($id: ID!, $first: Int) {\n    workspace(id: $id) {\n      id\n      auditLog(first: $first) {\n        id\n        action\n        actor {\n          id\n          name\n        }\n        targetUser {\n          id\n          name\n        }\n        targetEmail\n        roleBefore\n        roleAfter\n        at\n      }\n    }\n  }\n": types.WorkspaceAuditLogDocument,
    "\n  query InvitationPreview($token: String!) {\n    workspaceInvitationPreview(token: $token) {\n      workspaceName\n      role\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitationByToken($token: String!) {\n    acceptInvitationByToken(token: $token) {\n      id\n      name\n    }\n  }\n": types.AcceptInvitationByTokenDocument,
    "\n  mutation LeaveWorkspace($workspaceId: ID!) {\n    leaveWorkspace(workspaceId: $workspaceId)\n  }\n": types.LeaveWorkspaceDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      workspaceName\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id)\n  }\n": types.DeclineInvitationDocument,
    "\n  query WorkspaceInvitations($id: ID!) {\n    workspace(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": types.WorkspaceInvitationsDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  query WorkspaceStudies($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.WorkspaceStudiesDocument,
    "\n  mutation CreateStudy($input: CreateStudyInput!) {\n    createStudy(input: $input) {\n      id\n    }\n  }\n": types.CreateStudyDocument,
    "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  query SurveyWorkspace($id: ID!) {\n    survey(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n        }\n      }\n    }\n  }\n": types.SurveyWorkspaceDocument,
    "\n  query PersonaWorkspace($id: ID!) {\n    persona(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n        }\n      }\n    }\n  }\n": types.PersonaWorkspaceDocument,
    "\n  query InterviewWorkspace($id: ID!) {\n    interview(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n        }\n      }\n    }\n  }\n": types.InterviewWorkspaceDocument,
    "\n  query StudyWorkspace($id: ID!) {\n    study(id: $id) {\n      id\n      workspace {\n        id\n      }\n    }\n  }\n": types.StudyWorkspaceDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      deviceToken\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      deviceToken\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query WorkspaceList {\n    workspaces {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": types.WorkspaceListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountEmailSettings {\n    emailEnabled\n    notificationSettings {\n      kind\n      email\n    }\n  }\n"): typeof import('./graphql').AccountEmailSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: [NotificationSettingInput!]!) {\n    updateNotificationSettings(input: $input) {\n      kind\n      email\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyAnalyticsImports($id: ID!) {\n    study(id: $id) {\n      id\n      analyticsImports {\n        id\n        kind\n        fileName\n        status\n        bytesRead\n        rowsRead\n        rowsSkipped\n        events\n        users\n        linked\n        unlinked\n        features\n        error\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').StudyAnalyticsImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewAnalyticsCsv($studyId: ID!, $sample: String!, $whole: Boolean) {\n    previewAnalyticsCsv(studyId: $studyId, sample: $sample, whole: $whole) {\n      columns\n      rows\n      timeColumns\n      numericColumns\n      proposal {\n        kind\n        userColumn\n        eventColumn\n        timeColumn\n        propertiesColumn\n        metricColumns\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewAnalyticsCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodeHighlightsPage($codeId: ID!, $first: Int!, $offset: Int!) {\n    codeHighlights(codeId: $codeId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        text\n        status\n        coder\n        confidence\n        source {\n          type\n          segmentId\n          responseId\n          questionId\n          messageId\n        }\n        place {\n          label\n          interviewId\n          surveyId\n          speaker\n          conversationId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CodeHighlightsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodeHighlightCoders($studyId: ID!) {\n    study(id: $studyId) {\n      id\n      workspace {\n        id\n        members {\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CodeHighlightCodersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingCreateCode($input: CreateCodeInput!) {\n    createCode(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CodingCreateCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingUpdateCode($id: ID!, $input: UpdateCodeInput!) {\n    updateCode(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CodingUpdateCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingMergeCodes($sourceId: ID!, $targetId: ID!) {\n    mergeCodes(sourceId: $sourceId, targetId: $targetId) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CodingMergeCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingDeleteCode($id: ID!, $force: Boolean) {\n    deleteCode(id: $id, force: $force)\n  }\n"): typeof import('./graphql').CodingDeleteCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingImportCodebook($studyId: ID!, $format: CodebookFormat!, $content: String!) {\n    importCodebook(studyId: $studyId, format: $format, content: $content) {\n      id\n    }\n  }\n"): typeof import('./graphql').CodingImportCodebookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodingCodebook($id: ID!) {\n    study(id: $id) {\n      id\n      codes {\n        id\n        name\n        description\n        category\n        highlightCount\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CodingCodebookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CodingHighlightFields on Highlight {\n    id\n    start\n    end\n    text\n    status\n    coder\n    confidence\n    code {\n      id\n      name\n      category\n    }\n    source {\n      type\n      segmentId\n      responseId\n      questionId\n      messageId\n    }\n  }\n"): typeof import('./graphql').CodingHighlightFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodingHighlights($studyId: ID!, $status: HighlightStatus, $codeId: ID) {\n    highlights(studyId: $studyId, status: $status, codeId: $codeId) {\n      ...CodingHighlightFields\n    }\n  }\n"): typeof import('./graphql').CodingHighlightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingApplyCode($input: ApplyCodeInput!) {\n    applyCode(input: $input) {\n      ...CodingHighlightFields\n    }\n  }\n"): typeof import('./graphql').CodingApplyCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingRemoveHighlight($id: ID!) {\n    removeHighlight(id: $id)\n  }\n"): typeof import('./graphql').CodingRemoveHighlightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingReviewSuggestion($id: ID!, $accept: Boolean!) {\n    reviewSuggestion(id: $id, accept: $accept) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CodingReviewSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingReviewSuggestions($ids: [ID!]!, $accept: Boolean!) {\n    reviewSuggestions(ids: $ids, accept: $accept)\n  }\n"): typeof import('./graphql').CodingReviewSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingReopenSuggestions($ids: [ID!]!) {\n    reopenSuggestions(ids: $ids)\n  }\n"): typeof import('./graphql').CodingReopenSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodingAcceptSuggestions($studyId: ID!, $codeId: ID!, $minConfidence: Float!) {\n    acceptSuggestions(studyId: $studyId, codeId: $codeId, minConfidence: $minConfidence)\n  }\n"): typeof import('./graphql').CodingAcceptSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodingCoders($id: ID!) {\n    study(id: $id) {\n      id\n      workspace {\n        id\n        members {\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CodingCodersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodingAgreement($studyId: ID!, $coderA: String!, $coderB: String!) {\n    codingAgreement(studyId: $studyId, coderA: $coderA, coderB: $coderB) {\n      units\n      sharedUnits\n      minSharedUnits\n      enough\n      observed\n      cohensKappa\n      perCode {\n        codeId\n        codeName\n        units\n        observed\n        cohensKappa\n      }\n    }\n  }\n"): typeof import('./graphql').CodingAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodingAnswerText($source: SourceRefInput!) {\n    sourceText(source: $source) {\n      text\n    }\n  }\n"): typeof import('./graphql').CodingAnswerTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodingResponses($surveyId: ID!, $first: Int!, $after: String) {\n    responses(surveyId: $surveyId, first: $first, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        answers {\n          questionId\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CodingResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodingSurveys($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        questions {\n          id\n          title\n          type\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CodingSurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestCalibration($studyId: ID!) {\n    latestCalibration(studyId: $studyId) {\n      id\n      status\n      progress\n      error\n      provider\n      coder\n      sampleSize\n      sampledUnits\n      createdAt\n      finishedAt\n      result {\n        units\n        minSharedUnits\n        enough\n        observed\n        cohensKappa\n        perCode {\n          codeId\n          codeName\n          units\n          humanUses\n          coderUses\n          observed\n          cohensKappa\n          precision\n          recall\n          enough\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LatestCalibrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCalibration($studyId: ID!, $provider: String, $sampleSize: Int) {\n    startCalibration(studyId: $studyId, provider: $provider, sampleSize: $sampleSize) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartCalibrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestCodes($studyId: ID!, $provider: String) {\n    suggestCodes(studyId: $studyId, provider: $provider) {\n      id\n      status\n      progress\n      error\n      suggestions\n      provider\n    }\n  }\n"): typeof import('./graphql').SuggestCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodingRun($id: ID!) {\n    codingRun(id: $id) {\n      id\n      status\n      progress\n      error\n      suggestions\n      provider\n    }\n  }\n"): typeof import('./graphql').CodingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodingQueueQuestions($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        questions {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CodingQueueQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackImports($studyId: ID!) {\n    feedbackImports(studyId: $studyId) {\n      id\n      kind\n      format\n      fileName\n      status\n      bytesTotal\n      bytesRead\n      rowsRead\n      conversationCount\n      messageCount\n      emptyDropped\n      datesUnparsed\n      warnings\n      error\n      createdAt\n    }\n  }\n"): typeof import('./graphql').FeedbackImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackConversations($studyId: ID!, $kind: FeedbackKind, $offset: Int, $limit: Int) {\n    feedbackConversations(studyId: $studyId, kind: $kind, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        kind\n        title\n        rating\n        createdAt\n        customerLabel\n        messageCount\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackConversation($id: ID!) {\n    feedbackConversation(id: $id) {\n      id\n      studyId\n      kind\n      title\n      rating\n      createdAt\n      customerLabel\n      messages {\n        id\n        index\n        role\n        text\n        sentAt\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewFeedbackImport($studyId: ID!, $kind: FeedbackKind!, $sample: String!, $mapping: [FeedbackColumnInput!]) {\n    previewFeedbackImport(studyId: $studyId, kind: $kind, sample: $sample, mapping: $mapping) {\n      format\n      dayOrder\n      rows\n      conversations\n      messages\n      emptyDropped\n      datesUnparsed\n      warnings\n      columns {\n        index\n        header\n        field\n        samples\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewFeedbackImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFeedbackImport($id: ID!) {\n    deleteFeedbackImport(id: $id)\n  }\n"): typeof import('./graphql').DeleteFeedbackImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        link\n        createdAt\n        read\n        actor {\n          id\n          name\n        }\n      }\n      endCursor\n    }\n  }\n"): typeof import('./graphql').InboxNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue {\n      id\n      name\n      status\n      study {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTranscript($input: ImportTranscriptInput!) {\n    importTranscript(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ImportTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInterviewCustomer($id: ID!, $customerId: String) {\n    setInterviewCustomer(interviewId: $id, customerId: $customerId) {\n      id\n      customerLabel\n    }\n  }\n"): typeof import('./graphql').SetInterviewCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterviewReader($id: ID!) {\n    interview(id: $id) {\n      id\n      title\n      conductedAt\n      interviewerSpeakers\n      segmentCount\n      customerLabel\n      participant {\n        id\n        label\n      }\n      segments {\n        id\n        index\n        speaker\n        startMs\n        endMs\n        text\n        isInterviewer\n      }\n    }\n    workspaces {\n      id\n      name\n      myRole\n      studies {\n        id\n        name\n        interviews {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InterviewReaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyInterviews($id: ID!) {\n    study(id: $id) {\n      id\n      interviews {\n        id\n        title\n        conductedAt\n        segmentCount\n        participant {\n          id\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StudyInterviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaMembers($id: ID!, $first: Int!, $after: String) {\n    persona(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        endCursor\n        nodes {\n          id\n          label\n          fit\n          participant {\n            id\n            label\n          }\n          responses {\n            id\n            surveyId\n            surveyTitle\n            submittedAt\n          }\n          interviewIds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonaMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaEvidence on Evidence {\n    source {\n      type\n      segmentId\n      responseId\n      questionId\n      messageId\n    }\n    start\n    end\n    quote\n    questionTitle\n    participant {\n      label\n    }\n  }\n"): typeof import('./graphql').PersonaEvidenceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaTraitMark on TraitMark {\n    traitIndex\n    ok\n    note\n  }\n"): typeof import('./graphql').PersonaTraitMarkFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaTraitFields on PersonaTrait {\n    kind\n    text\n    share\n    lift\n    sharedByStudy\n    evidence {\n      ...PersonaEvidence\n    }\n  }\n"): typeof import('./graphql').PersonaTraitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaSensitiveProfile on SensitiveProfile {\n    question\n    answered\n    values {\n      label\n      share\n      studyShare\n    }\n  }\n"): typeof import('./graphql').PersonaSensitiveProfileFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaCardFields on Persona {\n    id\n    name\n    tagline\n    avatarSvg\n    status\n    latestStatus\n    reviewState\n    version\n    segmentShare\n    participantCount\n    segmentVanished\n    smallSegment\n  }\n"): typeof import('./graphql').PersonaCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SynthesisRunFields on SynthesisRun {\n    id\n    status\n    progress\n    stage\n    error\n    provider\n    model\n    tokensIn\n    tokensOut\n    participantCount\n    warnings\n    startedAt\n    finishedAt\n    includeFlagged\n    excludedResponses {\n      count\n      reasons {\n        reason\n        count\n      }\n    }\n    quality {\n      silhouette\n      stability\n      evidenceCoverage\n      faithfulness\n    }\n  }\n"): typeof import('./graphql').SynthesisRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyPersonas($id: ID!) {\n    study(id: $id) {\n      id\n      workspace {\n        id\n        myRole\n      }\n      personas {\n        ...PersonaCardFields\n      }\n      synthesisRuns {\n        ...SynthesisRunFields\n      }\n    }\n  }\n"): typeof import('./graphql').StudyPersonasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SynthesisRunStatus($id: ID!) {\n    synthesisRun(id: $id) {\n      ...SynthesisRunFields\n    }\n  }\n"): typeof import('./graphql').SynthesisRunStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSynthesis($input: StartSynthesisInput!) {\n    startSynthesis(input: $input) {\n      ...SynthesisRunFields\n    }\n  }\n"): typeof import('./graphql').StartSynthesisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyResponseQuality($id: ID!) {\n    study(id: $id) {\n      id\n      responseQuality {\n        responseCount\n        flaggedCount\n        reasons {\n          reason\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StudyResponseQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSynthesis($id: ID!) {\n    cancelSynthesis(id: $id) {\n      ...SynthesisRunFields\n    }\n  }\n"): typeof import('./graphql').CancelSynthesisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceApprovedPersonas($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        personas(status: APPROVED) {\n          ...PersonaCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceApprovedPersonasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaDetail($id: ID!) {\n    persona(id: $id) {\n      ...PersonaCardFields\n      summary\n      backstory\n      latestVersion\n      approvedVersion\n      reviewState\n      reviewers {\n        id\n        name\n      }\n      traits {\n        ...PersonaTraitFields\n      }\n      quotes {\n        ...PersonaEvidence\n      }\n      sensitiveProfile {\n        ...PersonaSensitiveProfile\n      }\n      draft {\n        version\n        status\n        name\n        tagline\n        summary\n        backstory\n        participantCount\n        smallSegment\n        traits {\n          ...PersonaTraitFields\n        }\n        quotes {\n          ...PersonaEvidence\n        }\n        sensitiveProfile {\n          ...PersonaSensitiveProfile\n        }\n      }\n      reviews {\n        id\n        reviewer {\n          name\n        }\n        decision\n        comment\n        createdAt\n        personaVersion\n        traitMarks {\n          ...PersonaTraitMark\n        }\n      }\n      reviewHistory {\n        id\n        kind\n        actor {\n          id\n          name\n        }\n        createdAt\n        version\n        reviewers {\n          id\n          name\n        }\n        body\n        traitIndex\n        origin\n        fields\n        traitMarks {\n          ...PersonaTraitMark\n        }\n      }\n      comments {\n        id\n        author {\n          name\n        }\n        body\n        traitIndex\n        personaVersion\n        createdAt\n      }\n      synthesisRun {\n        id\n        provider\n        model\n        finishedAt\n        quality {\n          silhouette\n          stability\n          evidenceCoverage\n          faithfulness\n        }\n      }\n      study {\n        id\n        name\n        workspace {\n          id\n          name\n          myRole\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonaDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaReviewerChoices($id: ID!) {\n    workspace(id: $id) {\n      id\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonaReviewerChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaHistory($id: ID!) {\n    persona(id: $id) {\n      id\n      reviews {\n        id\n        personaVersion\n        decision\n        reviewer {\n          name\n        }\n        traitMarks {\n          ...PersonaTraitMark\n        }\n      }\n      versions {\n        version\n        status\n        origin\n        createdAt\n        createdBy {\n          name\n        }\n        name\n        traits {\n          text\n        }\n      }\n      auditTrail {\n        id\n        actor {\n          name\n        }\n        action\n        beforeVersion\n        afterVersion\n        createdAt\n        detail\n      }\n    }\n  }\n"): typeof import('./graphql').PersonaHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaDiff($id: ID!, $from: Int!, $to: Int!) {\n    persona(id: $id) {\n      id\n      diff(from: $from, to: $to) {\n        field\n        change\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').PersonaDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaSourceText($source: SourceRefInput!) {\n    sourceText(source: $source) {\n      text\n      label\n      interviewId\n      speaker\n      startMs\n      questionTitle\n      conversationId\n      studyId\n    }\n  }\n"): typeof import('./graphql').PersonaSourceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaEvidenceHighlights($studyId: ID!) {\n    highlights(studyId: $studyId, status: ACCEPTED) {\n      id\n      start\n      end\n      text\n      source {\n        type\n        segmentId\n        responseId\n        questionId\n        messageId\n      }\n      code {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PersonaEvidenceHighlightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdatePersonaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPersonaForReview($id: ID!, $reviewerIds: [ID!]) {\n    submitPersonaForReview(id: $id, reviewerIds: $reviewerIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitPersonaForReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPersona($input: ReviewPersonaInput!) {\n    reviewPersona(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReviewPersonaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePersona($id: ID!) {\n    archivePersona(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ArchivePersonaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnPersona($personaId: ID!, $body: String!, $traitIndex: Int) {\n    commentOnPersona(personaId: $personaId, body: $body, traitIndex: $traitIndex) {\n      id\n    }\n  }\n"): typeof import('./graphql').CommentOnPersonaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaPrintCard($id: ID!) {\n    persona(id: $id) {\n      ...PersonaCardFields\n      summary\n      traits {\n        ...PersonaTraitFields\n      }\n      quotes {\n        ...PersonaEvidence\n      }\n      study {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PersonaPrintCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaWorkspaceRole($id: ID!) {\n    workspace(id: $id) {\n      id\n      myRole\n    }\n  }\n"): typeof import('./graphql').PersonaWorkspaceRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShareLinkFields on ShareLink {\n    id\n    scope\n    personaId\n    personaName\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    expiresAt\n    revokedAt\n    active\n    viewCount\n    lastViewedAt\n  }\n"): typeof import('./graphql').ShareLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareLinks($studyId: ID!) {\n    shareLinks(studyId: $studyId) {\n      ...ShareLinkFields\n    }\n  }\n"): typeof import('./graphql').ShareLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      link {\n        ...ShareLinkFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      ...ShareLinkFields\n    }\n  }\n"): typeof import('./graphql').RevokeShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedPersonas($token: String!) {\n    sharedPersonas(token: $token) {\n      scope\n      expiresAt\n      personas {\n        name\n        tagline\n        summary\n        backstory\n        avatarSvg\n        segmentShare\n        participantCount\n        smallSegment\n        traits {\n          kind\n          text\n          share\n          lift\n          sharedByStudy\n          evidence {\n            quote\n            sourceKind\n          }\n        }\n        quotes {\n          quote\n          sourceKind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SharedPersonasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaOverTime($id: ID!) {\n    persona(id: $id) {\n      id\n      shareByMonth {\n        month\n        count\n        total\n        share\n      }\n      drift {\n        approvedAt\n        newcomers\n        assigned\n        shareAtApproval\n        shareNow\n        shareDrifted\n        drifted\n        message\n        traits {\n          label\n          shareAtApproval\n          shareNow\n          drifted\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonaOverTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyQuestionFields on Question {\n    id\n    type\n    title\n    description\n    required\n    options {\n      id\n      label\n    }\n    rows {\n      id\n      label\n    }\n    min\n    max\n    minLabel\n    maxLabel\n    showIf {\n      questionId\n      operator\n      value\n    }\n    personaField\n  }\n"): typeof import('./graphql').SurveyQuestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSurvey($slug: String!, $invitationToken: String) {\n    publicSurvey(slug: $slug, invitationToken: $invitationToken) {\n      title\n      description\n      version\n      oneQuestionPerScreen\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n"): typeof import('./graphql').PublicSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitResponse($input: SubmitResponseInput!) {\n    submitResponse(input: $input) {\n      responseId\n      complete\n    }\n  }\n"): typeof import('./graphql').SubmitResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyPersonaChoices($studyId: ID!) {\n    study(id: $studyId) {\n      id\n      personas {\n        id\n        name\n        status\n        segmentShare\n      }\n    }\n  }\n"): typeof import('./graphql').StudyPersonaChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($surveyId: ID!, $filter: ResultsFilter) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      responseCount\n      completeCount\n      partialCount\n      questions {\n        questionId\n        answered\n        choices {\n          choiceId\n          label\n          count\n          share\n        }\n        mean\n        median\n        nps {\n          score\n          promoters\n          passives\n          detractors\n        }\n        texts(first: 20)\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResponses($surveyId: ID!, $first: Int!, $after: String, $filter: ResultsFilter) {\n    responses(surveyId: $surveyId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        surveyVersion\n        complete\n        submittedAt\n        hiddenFields\n        qualityFlags {\n          reason\n          detail\n        }\n        answers {\n          questionId\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyQuality($surveyId: ID!) {\n    survey(id: $surveyId) {\n      id\n      qualitySummary {\n        responseCount\n        flaggedCount\n        reasons {\n          reason\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchEverything(\n    $workspaceId: ID!\n    $query: String!\n    $studyId: ID\n    $sources: [SearchSource!]\n    $codeId: ID\n    $first: Int\n    $after: String\n  ) {\n    search(\n      workspaceId: $workspaceId\n      query: $query\n      studyId: $studyId\n      sources: $sources\n      codeId: $codeId\n      first: $first\n      after: $after\n    ) {\n      hasNextPage\n      endCursor\n      nodes {\n        source\n        id\n        title\n        context\n        snippet\n        highlights {\n          start\n          end\n        }\n        studyId\n        studyName\n        link\n        speakerRole\n      }\n    }\n  }\n"): typeof import('./graphql').SearchEverythingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFilters($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      name\n      studies {\n        id\n        name\n        codes {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyOverview($id: ID!) {\n    study(id: $id) {\n      id\n      name\n      description\n      workspace {\n        id\n        name\n        myRole\n      }\n      surveys {\n        id\n        title\n        status\n      }\n      interviews {\n        id\n        title\n      }\n      codes {\n        id\n        name\n        category\n      }\n      personas {\n        id\n        name\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').StudyOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    token\n    status\n    delivery {\n      state\n      sentAt\n      openedAt\n      reminders\n      maxReminders\n      reminderAfterDays\n      nextReminderAt\n      lastError\n    }\n  }\n"): typeof import('./graphql').InvitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyInvitations($surveyId: ID!) {\n    emailEnabled\n    invitations(surveyId: $surveyId) {\n      ...InvitationFields\n    }\n  }\n"): typeof import('./graphql').SurveyInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSurveyInvitations($input: SendSurveyInvitationsInput!) {\n    sendSurveyInvitations(input: $input) {\n      sent {\n        ...InvitationFields\n      }\n      rejected {\n        line\n        text\n        reason\n        message\n      }\n      emailEnabled\n    }\n  }\n"): typeof import('./graphql').SendSurveyInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyEditor($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n      description\n      status\n      slug\n      version\n      anonymous\n      closesAt\n      responseLimit\n      oneQuestionPerScreen\n      hasUnpublishedChanges\n      responseCount\n      completeCount\n      study {\n        id\n        name\n        workspace {\n          id\n          myRole\n        }\n      }\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n      slug\n    }\n  }\n"): typeof import('./graphql').UpdateSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n"): typeof import('./graphql').PublishSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n"): typeof import('./graphql').CloseSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyAnalysis($id: ID!) {\n    survey(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n          myRole\n        }\n      }\n      questions {\n        id\n        title\n        type\n        personaField\n        sensitive\n        sensitiveOptIn\n        attentionCheck {\n          expected\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestionAnalysis($surveyId: ID!, $questions: [QuestionAnalysisInput!]!) {\n    updateQuestionAnalysis(surveyId: $surveyId, questions: $questions) {\n      id\n      questions {\n        id\n        title\n        type\n        personaField\n        sensitive\n        sensitiveOptIn\n        attentionCheck {\n          expected\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateQuestionAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSurveyCsv($input: ImportSurveyCsvInput!) {\n    importSurveyCsv(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ImportSurveyCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantLink($surveyId: ID!, $label: String!) {\n    participantLink(surveyId: $surveyId, label: $label) {\n      label\n      path\n    }\n  }\n"): typeof import('./graphql').ParticipantLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudySurveys($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        status\n        version\n        responseCount\n        completeCount\n        hasUnpublishedChanges\n      }\n    }\n  }\n"): typeof import('./graphql').StudySurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromSurvey($token: String!) {\n    unsubscribeFromSurvey(token: $token)\n  }\n"): typeof import('./graphql').UnsubscribeFromSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSurveyCsv($input: PreviewSurveyCsvInput!) {\n    previewSurveyCsv(input: $input) {\n      rowCount\n      warnings\n      columns {\n        index\n        header\n        type\n        personaField\n        sensitive\n        skip\n        reason\n        sampleValues\n        customerId\n        attentionCheck {\n          expected\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewSurveyCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeFields on Theme {\n    id\n    label\n    description\n    keyphrases\n    questionId\n    sourceLabel\n    unitCount\n    pendingSuggestions\n    acceptedSuggestions\n    code {\n      id\n      name\n      category\n    }\n    examples(first: 3) {\n      id\n      text\n    }\n  }\n"): typeof import('./graphql').ThemeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeRunFields on ThemeRun {\n    id\n    status\n    progress\n    error\n    message\n    themeCount\n    suggestionCount\n  }\n"): typeof import('./graphql').ThemeRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyThemes($studyId: ID!) {\n    themes(studyId: $studyId) {\n      ...ThemeFields\n    }\n  }\n"): typeof import('./graphql').StudyThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeQuestions($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        questions {\n          id\n          title\n          type\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThemeQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscoverThemes($input: DiscoverThemesInput!) {\n    discoverThemes(input: $input) {\n      ...ThemeRunFields\n    }\n  }\n"): typeof import('./graphql').DiscoverThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeRun($id: ID!) {\n    themeRun(id: $id) {\n      ...ThemeRunFields\n    }\n  }\n"): typeof import('./graphql').ThemeRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTheme($id: ID!) {\n    acceptTheme(id: $id) {\n      ...ThemeFields\n    }\n  }\n"): typeof import('./graphql').AcceptThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoAcceptTheme($id: ID!) {\n    undoAcceptTheme(id: $id) {\n      ...ThemeFields\n    }\n  }\n"): typeof import('./graphql').UndoAcceptThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTheme($id: ID!, $label: String!) {\n    renameTheme(id: $id, label: $label) {\n      ...ThemeFields\n    }\n  }\n"): typeof import('./graphql').RenameThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeThemes($sourceId: ID!, $targetId: ID!) {\n    mergeThemes(sourceId: $sourceId, targetId: $targetId) {\n      ...ThemeFields\n    }\n  }\n"): typeof import('./graphql').MergeThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DropTheme($id: ID!) {\n    dropTheme(id: $id)\n  }\n"): typeof import('./graphql').DropThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceMembers($id: ID!) {\n    emailEnabled\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    addMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      role\n      invitationLink\n    }\n  }\n"): typeof import('./graphql').AddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {\n    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {\n      role\n    }\n  }\n"): typeof import('./graphql').SetMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceAuditLog($id: ID!, $first: Int) {\n    workspace(id: $id) {\n      id\n      auditLog(first: $first) {\n        id\n        action\n        actor {\n          id\n          name\n        }\n        targetUser {\n          id\n          name\n        }\n        targetEmail\n        roleBefore\n        roleAfter\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    workspaceInvitationPreview(token: $token) {\n      workspaceName\n      role\n      email\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitationByToken($token: String!) {\n    acceptInvitationByToken(token: $token) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWorkspace($workspaceId: ID!) {\n    leaveWorkspace(workspaceId: $workspaceId)\n  }\n"): typeof import('./graphql').LeaveWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      id\n      workspaceName\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MyInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id)\n  }\n"): typeof import('./graphql').DeclineInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceInvitations($id: ID!) {\n    workspace(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceStudies($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceStudiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStudy($input: CreateStudyInput!) {\n    createStudy(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyWorkspace($id: ID!) {\n    survey(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaWorkspace($id: ID!) {\n    persona(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonaWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterviewWorkspace($id: ID!) {\n    interview(id: $id) {\n      id\n      study {\n        id\n        workspace {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InterviewWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyWorkspace($id: ID!) {\n    study(id: $id) {\n      id\n      workspace {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').StudyWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      deviceToken\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      deviceToken\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceList {\n    workspaces {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceListDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
