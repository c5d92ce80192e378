# GENERATED from ui/plans_panel.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from fitmate_desktop.gui.widgets.state_view import StateView

class Ui_PlansPanel(object):
    def setupUi(self, PlansPanel):
        if not PlansPanel.objectName():
            PlansPanel.setObjectName(u"PlansPanel")
        PlansPanel.resize(1100, 700)
        self.panelLayout = QVBoxLayout(PlansPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(18, 14, 18, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(PlansPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h1")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.noticeLabel = QLabel(PlansPanel)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setProperty(u"role", u"muted")

        self.headerRow.addWidget(self.noticeLabel)

        self.countLabel = QLabel(PlansPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"count")

        self.headerRow.addWidget(self.countLabel)

        self.showRetiredCheck = QCheckBox(PlansPanel)
        self.showRetiredCheck.setObjectName(u"showRetiredCheck")

        self.headerRow.addWidget(self.showRetiredCheck)

        self.editButton = QPushButton(PlansPanel)
        self.editButton.setObjectName(u"editButton")

        self.headerRow.addWidget(self.editButton)

        self.newButton = QPushButton(PlansPanel)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"primary", True)

        self.headerRow.addWidget(self.newButton)


        self.panelLayout.addLayout(self.headerRow)

        self.plansState = StateView(PlansPanel)
        self.plansState.setObjectName(u"plansState")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.plansState.sizePolicy().hasHeightForWidth())
        self.plansState.setSizePolicy(sizePolicy)
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setSpacing(0)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.plansTable = QTableView(self.listPage)
        self.plansTable.setObjectName(u"plansTable")
        self.plansTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plansTable.setTabKeyNavigation(False)
        self.plansTable.setAlternatingRowColors(True)
        self.plansTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plansTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plansTable.setShowGrid(False)
        self.plansTable.setWordWrap(False)
        self.plansTable.setCornerButtonEnabled(False)

        self.listPageLayout.addWidget(self.plansTable)

        self.plansState.addWidget(self.listPage)

        self.panelLayout.addWidget(self.plansState)

        QWidget.setTabOrder(self.plansTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.showRetiredCheck)

        self.retranslateUi(PlansPanel)

        QMetaObject.connectSlotsByName(PlansPanel)
    # setupUi

    def retranslateUi(self, PlansPanel):
        PlansPanel.setWindowTitle(QCoreApplication.translate("PlansPanel", u"Plans", None))
        self.titleLabel.setText(QCoreApplication.translate("PlansPanel", u"Membership plans", None))
        self.showRetiredCheck.setText(QCoreApplication.translate("PlansPanel", u"Show &retired plans", None))
#if QT_CONFIG(tooltip)
        self.showRetiredCheck.setToolTip(QCoreApplication.translate("PlansPanel", u"Also list plans no longer for sale", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("PlansPanel", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("PlansPanel", u"Edit the selected plan (F4 or Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("PlansPanel", u"&New plan", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("PlansPanel", u"Create a plan (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.plansTable.setAccessibleName(QCoreApplication.translate("PlansPanel", u"Membership plans", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
