// quote_mark/quote_mark_def.hpp — quotation marks as byte strings (UTF-8 written as \x escapes).
// English news opens with “ and ‘, closes with ” and ’ (which is also the apostrophe);
// „ opens German and Polish quotes; « » and ‹ › are guillemets; " is either.
#pragma once

#include "quote_mark/quote_mark.hpp"

namespace verbatim::grammars {
namespace parser {

struct quote_mark_table : x3::symbols<ast::mark_kind> {
    quote_mark_table() {
        using F = mark_family;
        using R = mark_role;
        add("\xE2\x80\x9C", {F::double_quote, R::open})        // “
           ("\xE2\x80\x9D", {F::double_quote, R::close})       // ”
           ("\"", {F::double_quote, R::either})                // "
           ("''", {F::double_quote, R::either})                // '' (two apostrophes, as some papers print “ ”)
           ("\xE2\x80\x9E", {F::double_quote, R::open_low})    // „
           ("\xE2\x80\x9F", {F::double_quote, R::open})        // ‟
           ("\xE2\x80\x98", {F::single_quote, R::open})        // ‘
           ("\xE2\x80\x99", {F::single_quote, R::close_or_apostrophe}) // ’
           ("\xE2\x80\x9A", {F::single_quote, R::open_low})    // ‚
           ("\xC2\xAB", {F::guillemet, R::open})               // «
           ("\xC2\xBB", {F::guillemet, R::close})              // »
           ("\xE2\x80\xB9", {F::single_guillemet, R::open})    // ‹
           ("\xE2\x80\xBA", {F::single_guillemet, R::close});  // ›
    }
};

quote_mark_table const quote_marks;

quote_mark_type const quote_mark = "quote_mark";

auto const quote_mark_def = quote_marks;

BOOST_SPIRIT_DEFINE(quote_mark)

} // namespace parser
} // namespace verbatim::grammars
