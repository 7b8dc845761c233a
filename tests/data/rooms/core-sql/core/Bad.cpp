#include "core/Dates.h"

#include <QSqlQuery>
