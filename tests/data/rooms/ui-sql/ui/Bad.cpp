#include "ui/MainWindow.h"
#include <QSqlDatabase>
