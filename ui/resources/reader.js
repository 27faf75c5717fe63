// SPDX-License-Identifier: GPL-3.0-or-later
// Runs in the application world (page JavaScript stays off): reports clicks
// on figures and entities to the one bridge object, and lets C++ focus a figure.
(function () {
    'use strict';
    var bridge = null;
    new QWebChannel(qt.webChannelTransport, function (channel) { bridge = channel.objects.reader; });

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (!(target instanceof Element))
            target = target.parentElement;
        if (!target)
            return;
        var figure = target.closest('mark.fig');
        var entity = target.closest('span.ent');
        if (figure && bridge)
            bridge.figureClicked(parseInt(figure.getAttribute('data-start'), 10));
        else if (entity && bridge)
            bridge.entityClicked(parseInt(entity.getAttribute('data-start'), 10));
        event.preventDefault();
    }, true);

    window.dealscopeFocus = function (start) {
        document.querySelectorAll('mark.selected').forEach(function (e) { e.classList.remove('selected', 'flash'); });
        var marks = document.querySelectorAll('mark.fig[data-start="' + start + '"]');
        if (!marks.length)
            return false;
        marks.forEach(function (e) {
            e.classList.add('selected');
            void e.offsetWidth; // restart the animation
            e.classList.add('flash');
        });
        marks[0].scrollIntoView({block: 'center'});
        return true;
    };

    window.dealscopeShowHit = function () {
        var hit = document.getElementById('hit');
        if (hit)
            hit.scrollIntoView({block: 'center'});
        return !!hit;
    };

    window.dealscopeSelected = function () {
        var m = document.querySelector('mark.selected');
        return m ? parseInt(m.getAttribute('data-start'), 10) : -1;
    };
})();
