package com.parashift.alfstream.testkit.hostile;

/**
 * The content a fixture creates before the cases run, and the ids the cases aim at.
 *
 * @param instanceId    the repository's own instance id (an apply from it is refused)
 * @param companyHome   Company Home
 * @param sites         {@code /Company Home/Sites}
 * @param surfConfig    {@code /Company Home/Sites/surf-config}, Share's global configuration (not under sync)
 * @param dataDictionary {@code /Company Home/Data Dictionary}
 * @param userHomes     {@code /Company Home/User Homes}
 * @param userHome      the home folder of {@code user} (My Files), not under sync
 * @param user          a user that exists here
 * @param syncedFolder  {@code /Company Home/Projects}, under sync (Active)
 * @param syncedFile    {@code /Company Home/Projects/plan.txt}, under sync, with content
 * @param syncedFileSha256 the SHA-256 of its content
 * @param privateFolder {@code /Company Home/Private}, not under sync
 * @param privateFile   {@code /Company Home/Private/secret.txt}, not under sync
 * @param group         a group that exists here, with {@code nestedGroup} as a member
 * @param nestedGroup   a group that exists here, a member of {@code group}
 */
public record Seed(String instanceId, String companyHome, String sites, String surfConfig, String dataDictionary,
                   String userHomes, String userHome, String user, String syncedFolder, String syncedFile,
                   String syncedFileSha256, String privateFolder, String privateFile, String group,
                   String nestedGroup) {
}
