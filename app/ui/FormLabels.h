// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QWidget;

namespace kitetp {

// The word-wrapped labels of the forms (QFormLayout) under `root`: a label whose text fits on one line of
// `maxWidth` pixels is shown on one line; a longer one wraps at that width. QFormLayout gives a wrapped label its
// narrow size hint and a row only as high as its field, which cut short labels to half a line beside a list.
void fitFormLabels(QWidget *root, int maxWidth = 320);

} // namespace kitetp
