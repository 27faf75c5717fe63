// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace DealScope {

class MainWindow;

// Renders the window, or one of its views, to a PNG without putting it on
// screen: for `dealscope --screenshot FILE --view V`, documentation and
// checks. Picks a representative selection first (the entity with the most
// facts, its first fact's first source) so the views have something to show.
class ScreenshotRenderer
{
public:
    static QStringList viewNames(); // explorer, reader, figures, search, entities, deals

    explicit ScreenshotRenderer(MainWindow *window);
    // Returns false with `error` set when the view is unknown or the file cannot be written.
    bool render(const QString &view, const QString &file, QString *error = nullptr);

private:
    void prepare(const QString &view);

    MainWindow *m_window;
};

} // namespace DealScope
