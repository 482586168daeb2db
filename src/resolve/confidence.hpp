// resolve/confidence.hpp — how far to trust a record: the share of records found the same way
// whose content and speaker the annotators of PolNeAR's training split agreed with.
#pragma once

#include "verbatim/quotation.hpp"

namespace verbatim::resolve {

/// The confidence of `q` (its rule, speaker rule and kind of speaker mention must be set): the
/// measured share for the most specific way of finding it that the table holds.
double confidence_of(quotation const& q);

} // namespace verbatim::resolve
