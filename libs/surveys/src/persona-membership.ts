/** The respondents synthesis put in a persona: responses of these participants, and these responses. */
export interface PersonaRespondents {
  participantIds: string[];
  responseIds: string[];
}

/**
 * A port for the results and exports' persona filter. Personas sit above surveys, so surveys
 * cannot ask them directly: the personas lib provides this (`PersonaMembershipModule`) and the
 * app hands that module to `SurveysModule.forRoot({ personaMembership })`.
 */
export abstract class PersonaMembership {
  /**
   * The persona's respondents, or null when `personaId` is not a persona of the study (or not
   * a persona at all): the filter refuses both alike, so nothing about other studies leaks.
   */
  abstract respondents(personaId: string, studyId: string): Promise<PersonaRespondents | null>;
}
