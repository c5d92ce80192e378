# GENERATED from ui/renewals_panel.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from fitmate_desktop.gui.widgets.state_view import StateView

class Ui_RenewalsPanel(object):
    def setupUi(self, RenewalsPanel):
        if not RenewalsPanel.objectName():
            RenewalsPanel.setObjectName(u"RenewalsPanel")
        RenewalsPanel.resize(1100, 700)
        self.panelLayout = QVBoxLayout(RenewalsPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(18, 14, 18, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(RenewalsPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h1")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.noticeLabel = QLabel(RenewalsPanel)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setProperty(u"role", u"muted")

        self.headerRow.addWidget(self.noticeLabel)

        self.countLabel = QLabel(RenewalsPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"count")

        self.headerRow.addWidget(self.countLabel)

        self.withinKey = QLabel(RenewalsPanel)
        self.withinKey.setObjectName(u"withinKey")

        self.headerRow.addWidget(self.withinKey)

        self.withinCombo = QComboBox(RenewalsPanel)
        self.withinCombo.setObjectName(u"withinCombo")

        self.headerRow.addWidget(self.withinCombo)


        self.panelLayout.addLayout(self.headerRow)

        self.leadLabel = QLabel(RenewalsPanel)
        self.leadLabel.setObjectName(u"leadLabel")
        self.leadLabel.setWordWrap(True)
        self.leadLabel.setProperty(u"role", u"muted")

        self.panelLayout.addWidget(self.leadLabel)

        self.renewalsState = StateView(RenewalsPanel)
        self.renewalsState.setObjectName(u"renewalsState")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.renewalsState.sizePolicy().hasHeightForWidth())
        self.renewalsState.setSizePolicy(sizePolicy)
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setSpacing(0)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.renewalsTable = QTableView(self.listPage)
        self.renewalsTable.setObjectName(u"renewalsTable")
        self.renewalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.renewalsTable.setTabKeyNavigation(False)
        self.renewalsTable.setAlternatingRowColors(True)
        self.renewalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.renewalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.renewalsTable.setShowGrid(False)
        self.renewalsTable.setWordWrap(False)
        self.renewalsTable.setCornerButtonEnabled(False)

        self.listPageLayout.addWidget(self.renewalsTable)

        self.renewalsState.addWidget(self.listPage)

        self.panelLayout.addWidget(self.renewalsState)

#if QT_CONFIG(shortcut)
        self.withinKey.setBuddy(self.withinCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.renewalsTable, self.withinCombo)

        self.retranslateUi(RenewalsPanel)

        QMetaObject.connectSlotsByName(RenewalsPanel)
    # setupUi

    def retranslateUi(self, RenewalsPanel):
        RenewalsPanel.setWindowTitle(QCoreApplication.translate("RenewalsPanel", u"Renewals", None))
        self.titleLabel.setText(QCoreApplication.translate("RenewalsPanel", u"Renewals due", None))
        self.withinKey.setText(QCoreApplication.translate("RenewalsPanel", u"&Ending within", None))
#if QT_CONFIG(accessibility)
        self.withinCombo.setAccessibleName(QCoreApplication.translate("RenewalsPanel", u"Ending within", None))
#endif // QT_CONFIG(accessibility)
        self.leadLabel.setText(QCoreApplication.translate("RenewalsPanel", u"Members whose membership renews automatically and ends soon, with nothing sold after it yet. Enter or Renew sells the next period; it starts the day after the current one ends.", None))
#if QT_CONFIG(accessibility)
        self.renewalsTable.setAccessibleName(QCoreApplication.translate("RenewalsPanel", u"Renewals due", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
