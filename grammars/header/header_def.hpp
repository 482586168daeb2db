// header/header_def.hpp — `date 2026-01-23` (the value may share its line with the text),
// `title: ...`, `date: ...`, `source: ...`, `url: ...` lines; then an optional dateline of
// capitalised place words, an optional date and agency, and a colon or dash.
#pragma once

#include "header/header.hpp"

namespace verbatim::grammars {
namespace parser {

auto const space_char = x3::lit(' ') | '\t' | "\xC2\xA0";
auto const line_break = x3::lit("\r\n") | '\n' | '\r';
auto const digit = x3::char_('0', '9');
auto const upper = x3::char_('A', 'Z');
auto const iso_date = x3::raw[x3::repeat(4)[digit] >> '-' >> x3::repeat(2)[digit] >> '-' >> x3::repeat(2)[digit]];
auto const rest_of_line = x3::raw[*(x3::byte_ - line_break)];
auto const field_key = x3::string("title") | x3::string("date") | x3::string("source") | x3::string("url");

auto const key_line = x3::rule<struct key_line_class, ast::meta_field>{"key_line"} =
    field_key >> ':' >> *space_char >> rest_of_line >> (line_break | x3::eoi);
auto const short_date = x3::rule<struct short_date_class, ast::meta_field>{"short_date"} =
    x3::string("date") >> +space_char >> iso_date >> (+space_char | line_break | x3::eoi);

header_type const header = "header";
auto const header_def = *(x3::omit[*(space_char | line_break)] >> (key_line | short_date));

// MOSCOW, JAN 23:   WASHINGTON (Reuters) -   NEW YORK, March 3 —
auto const caps_word = upper >> +(upper | '.' | '\'' | '-');
auto const place = caps_word % +space_char;
auto const date_part = ',' >> +space_char >> +(upper | x3::char_('a', 'z') | '.') >> +space_char >> +digit >>
                       -(',' >> +space_char >> +digit);
auto const agency = +space_char >> '(' >> +(x3::byte_ - ')' - line_break) >> ')';
auto const dateline_sep = x3::lit(':') | '-' | "\xE2\x80\x94" | "\xE2\x80\x93"; // : - — –

dateline_type const dateline = "dateline";
auto const dateline_def = place >> -date_part >> -agency >> *space_char >> dateline_sep >> *space_char;

BOOST_SPIRIT_DEFINE(header, dateline)

} // namespace parser
} // namespace verbatim::grammars
