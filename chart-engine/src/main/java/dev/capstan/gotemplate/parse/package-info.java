/**
 * Go's text/template lexer and parser ({@code text/template/parse}): {@link
 * dev.capstan.gotemplate.parse.Parser#parse} turns template text into immutable {@link
 * dev.capstan.gotemplate.parse.Tree}s of sealed {@link dev.capstan.gotemplate.parse.Node} records,
 * with Go's error messages. Not a public API: use {@link dev.capstan.gotemplate.TemplateSet}.
 */
package dev.capstan.gotemplate.parse;
