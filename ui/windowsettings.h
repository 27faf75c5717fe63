// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QMainWindow;
class QSettings;

namespace DealScope {

// The window's remembered state (geometry, docks, splitters), behind one
// small class so tests can point it at a temporary file.
class WindowSettings
{
public:
    // Empty: the user's settings (organisation/application); else an INI file.
    explicit WindowSettings(const QString &iniFile = {});
    ~WindowSettings();

    void saveWindow(const QMainWindow *window);
    bool restoreWindow(QMainWindow *window) const; // false when nothing was saved

    QString lastOpenFolder() const;
    void setLastOpenFolder(const QString &folder);

    static const char *GeometryKey; // "window/geometry"
    static const char *StateKey;    // "window/state"
    static const char *OpenFolderKey;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace DealScope
