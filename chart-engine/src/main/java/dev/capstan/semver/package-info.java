/**
 * Semantic versions and version constraints with the behaviour of Masterminds/semver v3.4.0,
 * the library Helm uses for chart versions, {@code kubeVersion} checks and sprig's
 * {@code semver}/{@code semverCompare}.
 *
 * <pre>{@code
 * Version v = Version.parse("1.2.3-beta.1");          // loose, coercing parse (Go's NewVersion)
 * Constraints c = Constraints.parse(">= 1.2, < 2");    // Go's NewConstraint
 * boolean ok = c.check(v);                             // false: prereleases need a prerelease constraint
 * }</pre>
 * Both parse methods throw {@link dev.capstan.semver.SemverException} with Go's error text.
 */
package dev.capstan.semver;
