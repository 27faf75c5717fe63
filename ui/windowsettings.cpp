// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsettings.h"

#include <QMainWindow>
#include <QSettings>

namespace DealScope {

const char *WindowSettings::GeometryKey = "window/geometry";
const char *WindowSettings::StateKey = "window/state";
const char *WindowSettings::OpenFolderKey = "ingest/lastFolder";

namespace {
// Bump when the docks change, so an old layout is not forced on new views.
constexpr int StateVersion = 1;
}

WindowSettings::WindowSettings(const QString &iniFile)
    : m_settings(iniFile.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

WindowSettings::~WindowSettings() = default;

void WindowSettings::saveWindow(const QMainWindow *window)
{
    m_settings->setValue(QLatin1String(GeometryKey), window->saveGeometry());
    m_settings->setValue(QLatin1String(StateKey), window->saveState(StateVersion));
    m_settings->sync();
}

bool WindowSettings::restoreWindow(QMainWindow *window) const
{
    const QByteArray geometry = m_settings->value(QLatin1String(GeometryKey)).toByteArray();
    const QByteArray state = m_settings->value(QLatin1String(StateKey)).toByteArray();
    if (geometry.isEmpty() && state.isEmpty())
        return false;
    bool ok = true;
    if (!geometry.isEmpty())
        ok = window->restoreGeometry(geometry) && ok;
    if (!state.isEmpty())
        ok = window->restoreState(state, StateVersion) && ok;
    return ok;
}

QString WindowSettings::lastOpenFolder() const
{
    return m_settings->value(QLatin1String(OpenFolderKey)).toString();
}

void WindowSettings::setLastOpenFolder(const QString &folder)
{
    m_settings->setValue(QLatin1String(OpenFolderKey), folder);
}

} // namespace DealScope
