/**
 * A Go {@code text/template} interpreter. It knows nothing of Helm.
 *
 * <h2>The value model</h2>
 * Templates see plain data; a Go type maps to exactly one Java type so that printing, comparison,
 * {@code typeOf}/{@code kindOf} and argument checking behave as in Go:
 * <table>
 *   <caption>Go types and their Java representation</caption>
 *   <tr><th>Go</th><th>Java</th></tr>
 *   <tr><td>{@code string}</td><td>{@link java.lang.String}</td></tr>
 *   <tr><td>{@code int}</td><td>{@link java.lang.Integer} (results of {@code len}, {@code atoi}, {@code int},
 *       integer literals passed as {@code interface{}})</td></tr>
 *   <tr><td>{@code int64}</td><td>{@link java.lang.Long} ({@code --set} integers, sprig arithmetic)</td></tr>
 *   <tr><td>{@code float64}</td><td>{@link java.lang.Double} (every number read from YAML or JSON)</td></tr>
 *   <tr><td>{@code bool}</td><td>{@link java.lang.Boolean}</td></tr>
 *   <tr><td>{@code []byte}</td><td>{@code byte[]}</td></tr>
 *   <tr><td>{@code []interface{}}</td><td>{@link java.util.List}</td></tr>
 *   <tr><td>other slices ({@code []string}, {@code []int}, {@code [][]interface {}}), and their nil</td>
 *       <td>{@link dev.capstan.gotemplate.GoList} (a List carrying its element type; not assignable to
 *       {@code []interface {}}; a nil one encodes as JSON {@code null})</td></tr>
 *   <tr><td>{@code map[string]interface{}}</td><td>{@link java.util.Map} with String keys; iteration
 *       that Go sorts (range, printing) is sorted by the consumer, never by relying on the map's order</td></tr>
 *   <tr><td>{@code map[string]string}, Helm's named {@code common.Values}, and their nil</td>
 *       <td>{@link dev.capstan.gotemplate.GoMap} (a Map carrying its Go type: {@code common.Values} is
 *       assignable to a {@code map[string]interface {}} parameter, {@code map[string]string} is not,
 *       and neither passes sprig's {@code .(map[string]interface{})} assertions; a nil one encodes as
 *       JSON {@code null})</td></tr>
 *   <tr><td>{@code nil}</td><td>{@code null}</td></tr>
 *   <tr><td>structs and named types with methods</td><td>{@link dev.capstan.gotemplate.GoObject}</td></tr>
 * </table>
 * Functions are registered in a {@link dev.capstan.gotemplate.FuncMap} with Go-style signatures
 * ({@link dev.capstan.gotemplate.Func}) so that the interpreter checks arity and argument types
 * exactly as {@code text/template} does.
 */
package dev.capstan.gotemplate;
